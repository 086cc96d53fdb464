namespace SupportBot.Dialogs.Main;

/// <summary>Small talk and churn replies in English.</summary>
public sealed class EnglishRoutingTexts : RoutingTexts
{
    /// <inheritdoc />
    public override string Greeting => "Hi there! How can I help you?";

    /// <inheritdoc />
    public override string YoureWelcome => "You're welcome!";

    /// <inheritdoc />
    public override string Goodbye => "Goodbye! I'm here if you need anything.";

    /// <inheritdoc />
    public override string NeverMind => "No problem.";

    /// <inheritdoc />
    public override string ChurnAcknowledgement
        => "I'm really sorry to hear you're thinking of leaving us, and thank you for telling us. I'm passing your case as a priority to a person from our team so they can look at it with you.";
}
