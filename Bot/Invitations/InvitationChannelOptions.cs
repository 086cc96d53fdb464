using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Invitations;

/// <summary>Per-channel overrides of the invitation rules (section "Invitations:Channels:&lt;channel id&gt;").</summary>
public sealed class InvitationChannelOptions
{
    /// <summary>Days after delivery before the invitation, on this channel; empty: <see cref="InvitationOptions.DelayDays"/>.</summary>
    [Range(0, 365)]
    public int? DelayDays { get; set; }
}
