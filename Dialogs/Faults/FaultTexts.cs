using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Faults;

/// <summary>What the bot says when a dependency it needs (the state store) is down, one subclass per language.</summary>
public abstract class FaultTexts
{
    /// <summary>The Spanish texts.</summary>
    public static FaultTexts Spanish { get; } = new SpanishFaultTexts();

    /// <summary>The English texts.</summary>
    public static FaultTexts English { get; } = new EnglishFaultTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static FaultTexts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>The turn could not load or save the conversation: nothing was lost, the customer should try again shortly.</summary>
    public abstract string TemporarilyUnavailable { get; }
}
