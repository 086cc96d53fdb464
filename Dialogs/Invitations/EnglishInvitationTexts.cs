namespace SupportBot.Dialogs.Invitations;

/// <summary>English.</summary>
public sealed class EnglishInvitationTexts : InvitationTexts
{
    /// <inheritdoc />
    public override string Invitation(string orderId)
        => $"Hi! Your order {orderId} has been with you for a few days now. Would you tell us how it went? It's just a couple of questions.";

    /// <inheritdoc />
    public override string Reminder(string orderId)
        => $"A quick reminder about your order {orderId}: if you have a moment, we'd love to hear how it went.";

    /// <inheritdoc />
    public override string RateNow => "Rate it now";

    /// <inheritdoc />
    public override string NotNow => "Not now";

    /// <inheritdoc />
    public override string StopSurveys => "Stop surveys";

    /// <inheritdoc />
    public override string Declined
        => "Okay, we won't ask about this order again. If you change your mind, write \"rate my purchase\".";
}
