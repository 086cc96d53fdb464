namespace SupportBot.Bot.Invitations;

/// <summary>Which message a scheduled invitation sends next.</summary>
public enum InvitationStage
{
    /// <summary>The invitation.</summary>
    Invitation,

    /// <summary>The single reminder.</summary>
    Reminder,
}
