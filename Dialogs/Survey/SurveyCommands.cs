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

    private static readonly PhraseList OptOutPhrases = new(
    [
        "no mas encuestas", "no quiero mas encuestas", "no quiero encuestas", "dejad de enviarme encuestas",
        "deja de enviarme encuestas", "no me mandeis encuestas", "no me envies encuestas", "baja de encuestas",
        "stop surveys", "no more surveys", "stop sending me surveys", "unsubscribe from surveys", "i don't want surveys",
        "i dont want surveys", "don't send me surveys", "dont send me surveys",
        // Negated opt-in phrases: without these, "no quiero recibir encuestas" or "don't ask me again" read as opting in.
        "no quiero recibir encuestas", "no quiero recibir mas encuestas", "don't ask me again", "dont ask me again",
        "do not ask me again",
    ]);

    private static readonly PhraseList OptInPhrases = new(
    [
        "vuelve a preguntarme", "volved a preguntarme", "quiero recibir encuestas", "vuelve a enviarme encuestas",
        "activar encuestas", "ask me again", "send me surveys", "resume surveys", "i want surveys again", "opt in",
    ]);

    // Text-message keywords (SMS carriers, WhatsApp): the whole message only, in any case, so "stop" inside a sentence
    // ("the parcel didn't stop at my door") is not one. "cancel", "end" and "quit" stay the bot's own cancel command.
    private static readonly HashSet<string> StopKeywords = new(StringComparer.Ordinal)
    {
        "stop", "stop all", "stopall", "unsubscribe", "baja", "dar de baja", "darme de baja", "cancelar suscripcion",
    };

    private static readonly HashSet<string> StartKeywords = new(StringComparer.Ordinal) { "start", "unstop", "alta" };

    /// <summary>"saltar", "skip", "nada", "no, gracias"...: no comment.</summary>
    public static bool IsSkip(string normalizedText) => IsOneOf(SkipPhrases, normalizedText);

    /// <summary>"luego", "later", "no quiero"...: stop for now, resume later.</summary>
    public static bool IsPause(string normalizedText) => IsOneOf(PausePhrases, normalizedText);

    /// <summary>"no más encuestas", "stop surveys"..., or a whole-message keyword of text messaging: "STOP", "BAJA",
    /// "UNSUBSCRIBE", "STOP ALL", "cancelar suscripción".</summary>
    public static bool IsOptOut(string normalizedText) => OptOutPhrases.FoundIn(normalizedText) || IsStopKeyword(normalizedText);

    /// <summary>"vuelve a preguntarme", "ask me again"..., or the whole-message keywords "START", "UNSTOP", "ALTA"; never
    /// when the message also opts out ("don't send me surveys").</summary>
    public static bool IsOptIn(string normalizedText)
        => !IsOptOut(normalizedText) && (OptInPhrases.FoundIn(normalizedText) || IsOneOf(StartKeywords, normalizedText));

    /// <summary>Whether the whole message is a text-messaging stop keyword ("STOP", "BAJA", "UNSUBSCRIBE"...).</summary>
    public static bool IsStopKeyword(string normalizedText) => IsOneOf(StopKeywords, normalizedText);

    // The whole message is the phrase, also when punctuation sits between its words ("no, gracias").
    private static bool IsOneOf(HashSet<string> phrases, string normalizedText)
        => phrases.Contains(normalizedText)
           || phrases.Contains(string.Join(' ', TextNormalizer.Tokenize(normalizedText).Select(t => t.Text)));
}
