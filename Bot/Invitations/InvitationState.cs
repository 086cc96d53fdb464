namespace SupportBot.Bot.Invitations;

/// <summary>Where a scheduled invitation stands.</summary>
public enum InvitationState
{
    /// <summary>Waiting for its due time (or claimed by an instance until its lease ends).</summary>
    Pending,

    /// <summary>Everything due was sent (the invitation, and the reminder when one was due).</summary>
    Done,

    /// <summary>Not sent, with a reason (opted out, throttled, already surveyed, no conversation, channel policy).</summary>
    Skipped,
}
