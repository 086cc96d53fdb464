using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Knowledge;

/// <summary>Tells a message that only announces a question ("hola, tengo una duda", "quick question") from one that asks it.</summary>
public static class QuestionAnnouncement
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "pregunta", "preguntas", "duda", "dudas", "consulta", "consultas", "question", "questions", "query", "doubt",
    };

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "hola", "buenas", "buenos", "dias", "tardes", "noches", "tengo", "tenia", "una", "un", "otra", "otro", "pequena",
        "rapida", "breve", "queria", "quiero", "quisiera", "hacer", "hacerte", "haceros", "plantear", "me", "te", "os", "surge",
        "ha", "surgido", "por", "favor", "porfa", "i", "have", "got", "a", "an", "another", "quick", "small", "short", "hi",
        "hello", "hey", "there", "can", "could", "may", "ask", "you", "id", "i'd", "like", "to", "want", "please", "y", "and",
    };

    /// <summary>True when every word of <paramref name="text"/> is greeting or announcement and one of them names a question.</summary>
    public static bool IsOnlyAnnouncement(string? text)
    {
        var words = TextNormalizer.Normalize(text)
            .Split([' ', ',', '.', '!', '?', '¿', '¡', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Any(Nouns.Contains) && words.All(w => Nouns.Contains(w) || Filler.Contains(w));
    }
}
