using System.ComponentModel.DataAnnotations;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The retention queue (section "Escalation").</summary>
public sealed class EscalationOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Escalation";

    /// <summary>Where escalations are kept.</summary>
    [EnumDataType(typeof(EscalationStoreProvider))]
    public EscalationStoreProvider Store { get; set; } = EscalationStoreProvider.Sqlite;

    /// <summary>SQLite file (relative paths are relative to the content root); may be the survey file.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/supportbot.db";

    /// <summary>Also hand conversations to an external agent hub with the Bot Framework handoff protocol: a
    /// <c>handoff.initiate</c> event with the transcript on each escalation; <c>handoff.status</c> events are honoured.</summary>
    public bool ExternalHub { get; set; }

    /// <summary>The retention playbook: offers agents may make, and when they fit.</summary>
    public List<RetentionOffer> Offers { get; } = [];

    /// <summary>When the team works.</summary>
    public BusinessHoursOptions BusinessHours { get; set; } = new();

    /// <summary>Rough time an agent needs per customer ahead in the queue, for the wait the customer is told.</summary>
    public TimeSpan AverageWaitPerCustomer { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this long unclaimed (in business hours) the bot apologises and offers the customer a callback.</summary>
    public TimeSpan NoClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A request still waiting after this long (nobody claimed it, no callback asked) expires.</summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the follow-up question waits for an answer before the case is settled unanswered.</summary>
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the queue is checked for SLA breaches and unclaimed requests.</summary>
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How soon an agent should claim an urgent escalation.</summary>
    public TimeSpan SlaUrgent { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How soon an agent should claim a high-priority escalation.</summary>
    public TimeSpan SlaHigh { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How soon an agent should claim a normal escalation.</summary>
    public TimeSpan SlaNormal { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How soon an agent should look at a low-priority escalation.</summary>
    public TimeSpan SlaLow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The shortest of the four SLAs.</summary>
    public TimeSpan ShortestSla => new[] { SlaUrgent, SlaHigh, SlaNormal, SlaLow }.Min();

    /// <summary>The SLA for a priority.</summary>
    public TimeSpan SlaFor(EscalationPriority priority) => priority switch
    {
        EscalationPriority.Urgent => SlaUrgent,
        EscalationPriority.High => SlaHigh,
        EscalationPriority.Normal => SlaNormal,
        _ => SlaLow,
    };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (new[] { SlaUrgent, SlaHigh, SlaNormal, SlaLow, AverageWaitPerCustomer, NoClaimTimeout, MonitorInterval, ExpireAfter, FollowUpWindow }.Any(t => t <= TimeSpan.Zero))
        {
            yield return new ValidationResult("Escalation:Sla*, AverageWaitPerCustomer, NoClaimTimeout, MonitorInterval, ExpireAfter and FollowUpWindow must all be positive.", [nameof(SlaUrgent)]);
        }

        if (MonitorInterval > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Escalation:MonitorInterval must be at most one day.", [nameof(MonitorInterval)]);
        }

        foreach (var offer in Offers.Where(o => string.IsNullOrWhiteSpace(o.Id) || string.IsNullOrWhiteSpace(o.TitleEs)
            || string.IsNullOrWhiteSpace(o.TitleEn) || o.DiscountPercent is < 0 or > 100))
        {
            yield return new ValidationResult($"Escalation:Offers entry '{offer.Id}' needs an Id, TitleEs, TitleEn and a DiscountPercent of 0–100.", [nameof(Offers)]);
        }

        foreach (var result in BusinessHours.Validate(validationContext))
        {
            yield return result;
        }
    }
}
