using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>One entry of the retention playbook (configured under "Escalation:Offers"): what an agent may offer, and when.
/// Shown to agents only; the bot never promises an offer to a customer.</summary>
public sealed class RetentionOffer
{
    /// <summary>Stable id ("free-reshipment").</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Title for Spanish-speaking customers' agents.</summary>
    public string TitleEs { get; set; } = string.Empty;

    /// <summary>Title in English.</summary>
    public string TitleEn { get; set; } = string.Empty;

    /// <summary>Discount in percent, 0 when the offer is not a discount.</summary>
    public int DiscountPercent { get; set; }

    /// <summary>Escalation reasons it fits (any of them); empty fits every reason.</summary>
    public List<EscalationReason> Reasons { get; set; } = [];

    /// <summary>Aspects it fits (any of them); empty fits every aspect.</summary>
    public List<ServiceAspect> Aspects { get; set; } = [];

    /// <summary>Lowest priority it is meant for (e.g. only High and Urgent get the bigger discounts).</summary>
    public EscalationPriority MinPriority { get; set; } = EscalationPriority.Low;
}
