using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Invitations;

/// <summary>Survey invitations after delivery (section "Invitations").</summary>
public sealed class InvitationOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Invitations";

    /// <summary>The secret the shop signs the order-delivered webhook with (HMAC-SHA256); empty: the webhook is off.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How far a webhook's timestamp may be from the bot's clock (either way) before it is refused as a replay.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Days after delivery before the invitation.</summary>
    [Range(0, 365)]
    public int DelayDays { get; set; } = 7;

    /// <summary>Days after the invitation before the single reminder, when unanswered; 0: no reminder.</summary>
    [Range(0, 365)]
    public int ReminderDays { get; set; } = 3;

    /// <summary>Per-channel overrides, by channel id (<c>msteams</c>, <c>webchat</c>, …).</summary>
    public Dictionary<string, InvitationChannelOptions> Channels { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Start of the quiet hours in the customer's time zone (HH:mm).</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <summary>End of the quiet hours in the customer's time zone (HH:mm); equal to the start: no quiet hours.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(9, 0);

    /// <summary>IANA time zone used when neither the channel nor the shop told the customer's.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DefaultTimeZone { get; set; } = "Europe/Madrid";

    /// <summary>Where the schedule and the conversation references live.</summary>
    [EnumDataType(typeof(InvitationStoreProvider))]
    public InvitationStoreProvider Store { get; set; } = InvitationStoreProvider.Sqlite;

    /// <summary>SQLite file (relative paths are relative to the content root).</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/supportbot.db";

    /// <summary>How often due invitations are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an instance holds a claimed invitation; past it another instance may take it (after a crash).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most invitations sent in one pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether the webhook is on.</summary>
    public bool WebhookEnabled => !string.IsNullOrWhiteSpace(WebhookSecret);

    /// <summary>The delay for <paramref name="channelId"/>.</summary>
    public TimeSpan DelayFor(string? channelId)
        => TimeSpan.FromDays(channelId is not null && Channels.TryGetValue(channelId, out var channel) && channel.DelayDays is { } days
            ? days
            : DelayDays);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"Invitations:DefaultTimeZone '{DefaultTimeZone}' is not a known time zone.", [nameof(DefaultTimeZone)]);
        }

        if (WebhookEnabled && WebhookSecret!.Length < 32)
        {
            yield return new ValidationResult("Invitations:WebhookSecret must be at least 32 characters.", [nameof(WebhookSecret)]);
        }

        if (SignatureTolerance <= TimeSpan.Zero || SignatureTolerance > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Invitations:SignatureTolerance must be between 0 and 1 hour.", [nameof(SignatureTolerance)]);
        }

        if (PollInterval < TimeSpan.FromMilliseconds(10) || PollInterval > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Invitations:PollInterval must be between 10 ms and 1 day.", [nameof(PollInterval)]);
        }

        if (ClaimLease < TimeSpan.FromSeconds(1) || ClaimLease > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Invitations:ClaimLease must be between 1 second and 1 day.", [nameof(ClaimLease)]);
        }

        foreach (var (channel, options) in Channels)
        {
            if (options.DelayDays is < 0 or > 365)
            {
                yield return new ValidationResult($"Invitations:Channels:{channel}:DelayDays must be between 0 and 365.", [nameof(Channels)]);
            }
        }
    }
}
