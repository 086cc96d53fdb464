namespace SupportBot.Dialogs.Localization;

/// <summary>How the bot chose a customer's language. Persisted by name.</summary>
public enum LanguageSource
{
    /// <summary>Nothing told us; the configured default was used.</summary>
    Default,

    /// <summary>The channel's locale.</summary>
    Locale,

    /// <summary>Detected from what the customer wrote.</summary>
    Detected,

    /// <summary>The customer asked for it ("English please").</summary>
    Explicit,
}
