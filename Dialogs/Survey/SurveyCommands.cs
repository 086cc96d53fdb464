using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Survey;

/// <summary>The words customers use to skip a question, pause a survey, or stop and restart surveys altogether.</summary>
public static class SurveyCommands
{
    private static readonly HashSet<string> SkipPhrases = new(StringComparer.Ordinal)
    {
        "saltar", "salta", "paso", "siguiente", "omitir", "nada", "nada mas", "no", "no gracias", "prefiero no decirlo",
        "sin comentarios", "ninguno", "-", "skip", "next", "pass", "nothing", "no thanks", "no comment", "nope", "n/a", "na",
    };

    private static readonly HashSet<string> PausePhrases = new(StringComparer.Ordinal)
    {
        "luego", "mas tarde", "despues", "en otro momento", "ahora no", "ahora no puedo", "no quiero", "no quiero seguir",
        "dejalo para luego", "luego sigo", "luego te digo", "later", "not now", "maybe later", "another time",
        "i don't want to", "i dont want to", "no time", "i'm busy", "im busy", "continue later",
    };

    private static readonly string[] OptOutPhrases =
    [
        "no mas encuestas", "no quiero mas encuestas", "no quiero encuestas", "dejad de enviarme encuestas",
        "deja de enviarme encuestas", "no me mandeis encuestas", "no me envies encuestas", "baja de encuestas",
        "stop surveys", "no more surveys", "stop sending me surveys", "unsubscribe from surveys", "i don't want surveys",
        "i dont want surveys", "don't send me surveys", "dont send me surveys",
    ];

    private static readonly string[] OptInPhrases =
    [
        "vuelve a preguntarme", "volved a preguntarme", "quiero recibir encuestas", "vuelve a enviarme encuestas",
        "activar encuestas", "ask me again", "send me surveys", "resume surveys", "i want surveys again", "opt in",
    ];

    /// <summary>"saltar", "skip", "nada"...: no comment.</summary>
    public static bool IsSkip(string normalizedText) => SkipPhrases.Contains(normalizedText);

    /// <summary>"luego", "later", "no quiero"...: stop for now, resume later.</summary>
    public static bool IsPause(string normalizedText) => PausePhrases.Contains(normalizedText);

    /// <summary>"no más encuestas", "stop surveys"...</summary>
    public static bool IsOptOut(string normalizedText) => Array.Exists(OptOutPhrases, p => TextNormalizer.ContainsPhrase(normalizedText, p));

    /// <summary>"vuelve a preguntarme", "ask me again"...</summary>
    public static bool IsOptIn(string normalizedText) => Array.Exists(OptInPhrases, p => TextNormalizer.ContainsPhrase(normalizedText, p));
}
