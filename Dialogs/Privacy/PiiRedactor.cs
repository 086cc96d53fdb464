namespace SupportBot.Dialogs.Privacy;

/// <summary>Removes personal data from customer text before it is stored or sent to a cloud service.
/// Placeholder signature; implemented with the sentiment work.</summary>
public static class PiiRedactor
{
    /// <summary>The text with personal data replaced by placeholders such as [EMAIL].</summary>
    public static string Redact(string text) => text;
}
