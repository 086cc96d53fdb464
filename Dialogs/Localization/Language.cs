namespace SupportBot.Dialogs.Localization;

/// <summary>A language the bot speaks natively. Persisted by name: never rename a member.</summary>
public enum Language
{
    /// <summary>Spanish (es).</summary>
    Spanish,

    /// <summary>English (en).</summary>
    English,
}
