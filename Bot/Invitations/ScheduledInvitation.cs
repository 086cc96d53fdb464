using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Invitations;

/// <summary>One delivered order's invitation: what the shop told, what is due when, and how it ended.</summary>
public sealed record ScheduledInvitation
{
    /// <summary>The order (one schedule per order).</summary>
    public required string OrderId { get; init; }

    /// <summary>The shop's customer id (or a channel-scoped id), as the webhook gave it.</summary>
    public required string CustomerId { get; init; }

    /// <summary>When the order was delivered.</summary>
    public required DateTimeOffset DeliveredAt { get; init; }

    /// <summary>The language the shop asked for; null: the customer's last language.</summary>
    public Language? Language { get; init; }

    /// <summary>The customer's IANA time zone as the shop told it; null: the channel's, else the default.</summary>
    public string? TimeZone { get; init; }

    /// <summary>When the webhook registered it.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the next message is due (while claimed: when the claim's lease ends).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The next message.</summary>
    public InvitationStage Stage { get; init; }

    /// <summary>Where it stands.</summary>
    public InvitationState State { get; init; }

    /// <summary>Why it was skipped (or why the reminder was not sent).</summary>
    public string? Reason { get; init; }

    /// <summary>The customer's answer, once given.</summary>
    public InvitationResponse? Response { get; init; }

    /// <summary>The token of the instance's claim that holds it now; null when unclaimed.</summary>
    public string? ClaimToken { get; init; }
}
