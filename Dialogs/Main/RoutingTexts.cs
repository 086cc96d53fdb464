using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Main;

/// <summary>What the bot says to small talk and to a customer about to leave, one subclass per language.</summary>
public abstract class RoutingTexts
{
    /// <summary>The Spanish texts.</summary>
    public static RoutingTexts Spanish { get; } = new SpanishRoutingTexts();

    /// <summary>The English texts.</summary>
    public static RoutingTexts English { get; } = new EnglishRoutingTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static RoutingTexts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>The line that answers small talk of <paramref name="kind"/>; null when it is none.</summary>
    public string? ReplyTo(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Greeting => Greeting,
        SmallTalkKind.Thanks => YoureWelcome,
        SmallTalkKind.Farewell => Goodbye,
        SmallTalkKind.NeverMind => NeverMind,
        _ => null,
    };

    /// <summary>The answer to a greeting, before the menu.</summary>
    public abstract string Greeting { get; }

    /// <summary>The answer to thanks.</summary>
    public abstract string YoureWelcome { get; }

    /// <summary>The answer to a goodbye.</summary>
    public abstract string Goodbye { get; }

    /// <summary>The answer to "never mind".</summary>
    public abstract string NeverMind { get; }

    /// <summary>To a customer who says they are leaving, before a person of the retention team is asked for.</summary>
    public abstract string ChurnAcknowledgement { get; }
}
