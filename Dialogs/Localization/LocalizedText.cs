namespace SupportBot.Dialogs.Localization;

/// <summary>A piece of customer-facing text in every language the bot speaks, so it can be persisted
/// (for example inside a waiting prompt) and still be shown in the language chosen later.</summary>
/// <param name="Spanish">The Spanish text.</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Spanish, string English)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string For(Language language) => language == Language.English ? English : Spanish;
}
