using SupportBot.Dialogs.Localization;

namespace SupportBot.LoadTest;

/// <summary>A whole conversation the load test plays: a complete survey (or, for the baseline, the same messages
/// echoed).</summary>
public sealed record ConversationScript(string Name, string Locale, IReadOnlyList<ScriptedTurn> Turns)
{
    /// <summary>The prefix of the baseline echo bot's replies (SupportBot.LoadTest.EchoBot).</summary>
    public const string EchoPrefix = "echo: ";

    /// <summary>The survey mix, in turn: per six surveys two promoters, two passives and two detractors (the
    /// detractors answer the aspects question and are escalated to the retention queue), half Spanish, half English.</summary>
    public static IReadOnlyList<ConversationScript> Surveys { get; } =
    [
        Promoter(Language.Spanish, "es-ES", "Valorar mi compra", "Todo perfecto, llegó muy rápido"),
        Passive(Language.English, "en-US", "Rate my purchase", "It was ok"),
        Detractor(Language.Spanish, "es-ES", "Valorar mi compra", "No me ha gustado nada", "la entrega"),
        Promoter(Language.English, "en-US", "Rate my purchase", "Great product, fast delivery"),
        Passive(Language.Spanish, "es-ES", "Valorar mi compra", "Estuvo bien"),
        Detractor(Language.English, "en-US", "Rate my purchase", "I did not like it at all", "delivery"),
    ];

    /// <summary>The same messages, each expecting its echo: the baseline's load has the survey's shape.</summary>
    public static IReadOnlyList<ConversationScript> Echoes { get; } =
        [.. Surveys.Select(s => new ConversationScript(
            "echo " + s.Name, s.Locale, [.. s.Turns.Select(t => new ScriptedTurn(t.Text, [EchoPrefix + t.Text]))]))];

    private static ConversationScript Promoter(Language language, string locale, string start, string comment)
    {
        var t = Texts.For(language);
        return new($"promoter {locale}", locale,
        [
            new(start, [t.SurveyAskCsat]),
            new("5", [t.SurveyAskNps]),
            new("10", [t.SurveyAskWhyPromoter]),
            new(comment, [t.SurveyThanksPromoter]),
        ]);
    }

    private static ConversationScript Passive(Language language, string locale, string start, string comment)
    {
        var t = Texts.For(language);
        return new($"passive {locale}", locale,
        [
            new(start, [t.SurveyAskCsat]),
            new("4", [t.SurveyAskNps]),
            new("8", [t.SurveyAskWhyPassive]),
            new(comment, [t.SurveyThanksPassive]),
        ]);
    }

    private static ConversationScript Detractor(Language language, string locale, string start, string comment, string aspect)
    {
        var t = Texts.For(language);
        return new($"detractor {locale}", locale,
        [
            new(start, [t.SurveyAskCsat]),
            new("2", [t.SurveyAskNps]),
            new("3", [t.SurveyAskWhyDetractor]),
            new(comment, [t.SurveyAskAspects]),
            new(aspect, [t.SurveyEscalated(urgent: false), t.SurveyEscalated(urgent: true)]),
        ]);
    }
}
