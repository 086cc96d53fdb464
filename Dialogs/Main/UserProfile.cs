using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Main;

/// <summary>What the bot remembers about a customer across conversations (user state).</summary>
public sealed class UserProfile
{
    /// <summary>The customer's language, once known.</summary>
    public Language? Language { get; set; }

    /// <summary>How <see cref="Language"/> was chosen.</summary>
    public LanguageSource LanguageSource { get; set; }

    /// <summary>Whether the customer has been welcomed before.</summary>
    public bool Welcomed { get; set; }

    /// <summary>The shop's customer id, when a signed link from the shop's web page (or the channel) vouched for it:
    /// that customer's own orders need no further identity check. Never set from unsigned input.</summary>
    public string? VerifiedCustomerId { get; set; }

    /// <summary>What the host last stored of where this customer can be reached, and when (opaque to the dialogs): while
    /// it still matches, the host need not read its store on every turn to find nothing changed.</summary>
    public string? ReachableStamp { get; set; }
}
