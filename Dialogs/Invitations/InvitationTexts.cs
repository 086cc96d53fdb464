using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Invitations;

/// <summary>The survey invitation sent some days after delivery, its reminder, its three buttons and the answer to
/// "not now"; one subclass per language.</summary>
public abstract class InvitationTexts
{
    /// <summary>The Spanish texts.</summary>
    public static InvitationTexts Spanish { get; } = new SpanishInvitationTexts();

    /// <summary>The English texts.</summary>
    public static InvitationTexts English { get; } = new EnglishInvitationTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static InvitationTexts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>The invitation, naming the order.</summary>
    public abstract string Invitation(string orderId);

    /// <summary>The single reminder, naming the order.</summary>
    public abstract string Reminder(string orderId);

    /// <summary>Button: start the survey now.</summary>
    public abstract string RateNow { get; }

    /// <summary>Button: not now (no reminder for this order).</summary>
    public abstract string NotNow { get; }

    /// <summary>Button: opt out of surveys (the survey's own opt-out phrase).</summary>
    public abstract string StopSurveys { get; }

    /// <summary>The answer to "not now".</summary>
    public abstract string Declined { get; }
}
