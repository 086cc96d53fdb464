using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.AfterSale;

/// <summary>The one place that tells a message made only of small talk (a greeting, thanks, a goodbye, "never mind") from
/// one that asks something, in Spanish and English. Every word must be small talk: "gracias, ¿y el envío?" is a question.
/// <see cref="IntentRecognizer"/> reads the same words as <see cref="CustomerIntent.None"/> evidence; this says which kind.</summary>
public static class SmallTalk
{
    private static readonly char[] Separators = [' ', ',', '.', '!', '?', '¿', '¡', ';', ':', '(', ')', '"', '…', '-', '/'];

    // Checked in this order when a message mixes kinds: "gracias, adiós" is thanks first.
    private static readonly (SmallTalkKind Kind, HashSet<string> Words)[] Kinds =
    [
        (SmallTalkKind.Thanks, Set("gracias", "graciass", "grax", "thanks", "thank", "thx", "ty", "cheers", "agradezco", "agradecido",
            "agradecida")),
        (SmallTalkKind.Farewell, Set("adios", "bye", "goodbye", "chao", "chau", "ciao", "hasta", "luego", "pronto", "vemos",
            "later", "see", "cya")),
        (SmallTalkKind.NeverMind, Set("nada", "igual", "olvidalo", "olvidate", "dejalo", "importa", "never", "mind", "nevermind",
            "forget", "nothing", "worries", "todo", "else", "all")),
        (SmallTalkKind.Greeting, Set("hola", "holaa", "buenas", "buenos", "dias", "tardes", "noches", "hi", "hello", "hey",
            "morning", "afternoon", "evening", "saludos", "hiya", "howdy", "tal", "how", "are", "como", "estas", "va")),
    ];

    // Words that go with any kind and say nothing on their own ("ok", "muchas", "so much", "no").
    private static readonly HashSet<string> Filler = Set(
        "ok", "okay", "okey", "vale", "pues", "bueno", "buena", "muchas", "muchisimas", "mil", "muy", "amable", "so", "much",
        "very", "a", "lot", "many", "de", "todas", "formas", "maneras", "igualmente", "and", "y", "then", "entonces", "oh", "ah",
        "perfecto", "perfect", "genial", "great", "cool", "fine", "super", "guay", "estupendo", "entendido", "got", "it", "no",
        "que", "you", "for", "your", "help", "the", "por", "la", "ayuda", "tu", "su", "eso", "es", "that", "thats", "s", "mas",
        "good", "there", "again", "otra", "vez", "un", "saludo", "right", "alright", "sorry", "perdona", "da", "me",
        "te", "os", "guys", "chicos", "team", "equipo", "nice", "day", "dia", "have", "ten", "buen", "feliz");

    /// <summary>The kind of small talk <paramref name="text"/> is, or <see cref="SmallTalkKind.None"/> when any word says more.</summary>
    public static SmallTalkKind Recognize(string? text)
    {
        var words = Words(text);
        if (words.Length == 0 || !Array.TrueForAll(words, IsSmallTalkWord))
        {
            return SmallTalkKind.None;
        }

        foreach (var (kind, vocabulary) in Kinds)
        {
            if (Array.Exists(words, vocabulary.Contains))
            {
                return kind;
            }
        }

        return SmallTalkKind.None;
    }

    /// <summary>Whether <paramref name="text"/> closes what the customer was doing: thanks, a goodbye or "never mind".</summary>
    public static bool IsClosing(string? text) => Recognize(text) is SmallTalkKind.Thanks or SmallTalkKind.Farewell or SmallTalkKind.NeverMind;

    /// <summary>Whether <paramref name="word"/> (normalized) is one small talk is made of.</summary>
    internal static bool IsSmallTalkWord(string word) => Filler.Contains(word) || Array.Exists(Kinds, k => k.Words.Contains(word));

    /// <summary>The normalized words of <paramref name="text"/>, apostrophes dropped ("that's" → "thats").</summary>
    internal static string[] Words(string? text)
        => TextNormalizer.Normalize(text).Replace("'", string.Empty, StringComparison.Ordinal)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
