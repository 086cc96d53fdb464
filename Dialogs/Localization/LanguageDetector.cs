using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Localization;

/// <summary>Tells Spanish from English: from a channel locale, or from a short customer message by its
/// function words and Spanish-only characters. Returns null when the evidence is too thin to choose.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "hola", "buenas", "buenos", "dias", "tardes", "noches", "gracias", "quiero", "quisiera", "necesito", "tengo", "mi", "mis",
        "pedido", "compra", "el", "la", "los", "las", "un", "una", "es", "esta", "estoy", "que", "de", "del", "por", "favor", "para",
        "con", "como", "donde", "cuando", "porque", "pero", "muy", "bien", "mal", "ayuda", "si", "vale", "valorar", "encuesta",
        "hablar", "persona", "factura", "devolucion", "envio", "llegado", "llega", "todavia", "aun", "nada", "algo", "puedo",
        "puedes", "hacer", "sobre", "tu", "usted", "y", "o", "al", "lo", "se", "me", "te", "nos", "ha", "han", "he",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "morning", "evening", "thanks", "thank", "want", "would", "like", "need", "have", "my", "order",
        "purchase", "the", "a", "an", "is", "are", "was", "what", "where", "when", "why", "how", "please", "for", "with", "to",
        "of", "and", "or", "but", "very", "good", "bad", "help", "yes", "yeah", "rate", "survey", "talk", "person", "invoice",
        "refund", "return", "shipping", "arrived", "still", "not", "nothing", "something", "can", "could", "you", "your", "i",
        "i'm", "it", "it's", "this", "that", "do", "does", "about", "me", "we", "be", "been", "has", "had",
    };

    /// <summary>Spanish for "es", "es-ES", "es_MX"...; English for "en*"; null otherwise.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var primary = locale.Trim().Split('-', '_')[0];
        return primary.ToUpperInvariant() switch
        {
            "ES" => Language.Spanish,
            "EN" => Language.English,
            _ => null,
        };
    }

    /// <summary>The language <paramref name="text"/> is written in, when it is reasonably clear.</summary>
    public static Language? Detect(string? text) => Detect(text, margin: 1);

    /// <summary>The language <paramref name="text"/> is written in, when the evidence for it outweighs the other language's
    /// by at least two (a sentence, not a lone "ok" or "gracias"): enough to prefer the customer's words to a browser's
    /// locale.</summary>
    public static Language? DetectClearly(string? text) => Detect(text, margin: 2);

    private static Language? Detect(string? text, int margin)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var spanish = 0;
        var english = 0;
        foreach (var ch in text)
        {
            if ("ñÑ¿¡áéíóúÁÉÍÓÚ".Contains(ch, StringComparison.Ordinal))
            {
                spanish += 2;
            }
        }

        foreach (var word in Words(text))
        {
            if (SpanishWords.Contains(word))
            {
                spanish++;
            }

            if (EnglishWords.Contains(word))
            {
                english++;
            }
        }

        if (Math.Abs(spanish - english) < margin)
        {
            return null;
        }

        return spanish > english ? Language.Spanish : Language.English;
    }

    private static IEnumerable<string> Words(string text)
    {
        var folded = TextNormalizer.Normalize(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetter(folded[i]) || folded[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}
