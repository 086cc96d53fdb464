namespace SupportBot.Dialogs.Invitations;

/// <summary>How the customer answered an invitation.</summary>
public enum InvitationResponse
{
    /// <summary>"Valorar ahora" / "Rate it now": the survey started.</summary>
    Accepted,

    /// <summary>"Ahora no" / "Not now": no reminder for this order.</summary>
    Declined,
}
