using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Invitations;

/// <summary>The invitation's buttons as the customer sends them back (a tap posts the button's text), in either language.</summary>
public static class InvitationCommands
{
    private static readonly HashSet<string> AcceptPhrases = new(
        [Normalized(InvitationTexts.Spanish.RateNow), Normalized(InvitationTexts.English.RateNow)], StringComparer.Ordinal);

    private static readonly HashSet<string> DeclinePhrases = new(
        [Normalized(InvitationTexts.Spanish.NotNow), Normalized(InvitationTexts.English.NotNow)], StringComparer.Ordinal);

    /// <summary>"Valorar ahora" / "Rate it now".</summary>
    public static bool IsAccept(string normalizedText) => AcceptPhrases.Contains(normalizedText);

    /// <summary>"Ahora no" / "Not now".</summary>
    public static bool IsDecline(string normalizedText) => DeclinePhrases.Contains(normalizedText);

    private static string Normalized(string text) => TextNormalizer.Normalize(text);
}
