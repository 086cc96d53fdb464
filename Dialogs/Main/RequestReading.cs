using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Main;

/// <summary>Tells an action on the customer's own order ("¿dónde está mi pedido?", "quiero devolver…", anything with an
/// order number) from a general question on the same topic ("¿cuánto dura la garantía?", "how long does a refund take?",
/// "me falta un artículo en el paquete"), which the knowledge base answers; and a message that says something from one
/// too short to act on. Phrases are matched as whole normalized words, accents and apostrophes ignored.</summary>
public static class RequestReading
{
    // How, how long, can I, is there a policy: asking how things work, not asking us to act on an order.
    private static readonly string[][] GeneralPhrases = Phrases(
        "como", "cuanto", "cuanta", "cuantos", "cuantas", "se puede", "puedo", "podria", "es posible", "hay que", "que plazo",
        "politica", "teneis", "tienen", "me falta", "falta un", "falta una", "empresa", "autonomo", "how", "can i", "could i",
        "can we", "is it possible", "do you", "does the", "what is", "whats", "what are", "policy", "missing", "company",
        "business", "vat number");

    // Asking where something is: with a number, that order's status.
    private static readonly string[][] WherePhrases = Phrases("donde esta", "donde estan", "donde anda", "where is", "wheres", "where are");

    // The customer's own order, or a request to act on it (asking where it is among them).
    private static readonly string[][] ActionPhrases =
    [
        .. WherePhrases,
        .. Phrases(
            "quiero", "quisiera", "queria", "mi pedido", "mi paquete", "mi compra", "no me ha llegado", "no ha llegado", "i want",
            "i wanna", "i would like", "id like", "my order", "my package", "my parcel", "hasnt arrived", "has not arrived",
            "not arrived", "havent received"),
    ];

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "a", "en", "y", "o", "que", "por", "para",
        "con", "sin", "se", "me", "te", "mi", "tu", "su", "es", "lo", "le", "como", "muy", "mas", "ya", "si", "no", "hay",
        "esto", "eso", "este", "esta", "pero", "the", "an", "of", "to", "in", "on", "and", "or", "is", "are", "do", "does", "you",
        "my", "your", "it", "be", "can", "what", "who", "how", "for", "with", "we", "that", "this", "was", "so", "not",
        "at", "by", "all", "our", "from", "any",
    };

    /// <summary>Content words a message needs (beyond small talk and stop words) to be worth searching the knowledge base.</summary>
    public const int MinimumContentWords = 2;

    /// <summary>Whether <paramref name="text"/> asks about an order topic in general (no order number, no "my order", no
    /// "I want"), so the knowledge base answers it rather than an order dialog asking for an order number.</summary>
    public static bool IsGeneralQuestion(string? text)
    {
        var words = SmallTalk.Words(text);
        return OrderNumberExtractor.Find(text) is null && HasAny(words, GeneralPhrases) && !HasAny(words, ActionPhrases);
    }

    /// <summary>Whether <paramref name="text"/> is clearly about acting on one order: it gives the order number, or says
    /// "where is my order" or "I want to…".</summary>
    public static bool IsOrderAction(string? text) => OrderNumberExtractor.Find(text) is not null || HasAny(SmallTalk.Words(text), ActionPhrases);

    /// <summary>The order dialog for <paramref name="intent"/>, unless it is no order action or another order action is as
    /// likely ("¿lo devuelvo o me lo reparáis?"). A general question that gives an order number and is as much an order
    /// action ("¿cuánto tarda en llegar mi pedido 400101?") is that action.</summary>
    public static string? OrderDialogFor(IntentRecognition intent, string? text)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var action = OrderDialogs.For(intent.Intent);
        // "where is 400101?", "¿dónde está el 400101?": asking where a numbered thing is, is asking for an order's status
        // (unless it names another action: "where is the invoice of 400101?").
        var status = OrderDialogs.For(CustomerIntent.OrderStatus);
        if ((action is null || action == status) && HasAny(SmallTalk.Words(text), WherePhrases) && OrderNumberRecognizer.Recognize(text).Succeeded)
        {
            return status;
        }

        if (action is null && intent.Intent is CustomerIntent.Faq or CustomerIntent.None && OrderNumberExtractor.Find(text) is not null)
        {
            return OrderDialogs.For(intent.RunnerUp);
        }

        var other = intent.IsAmbiguous ? OrderDialogs.For(intent.RunnerUp) : null;
        return other is null || other == action ? action : null;
    }

    /// <summary>Whether free text no route takes still says enough to be a question: not small talk, and at least
    /// <see cref="MinimumContentWords"/> words beyond stop words.</summary>
    public static bool SaysSomething(string? text)
        => SmallTalk.Recognize(text) == SmallTalkKind.None
           && SmallTalk.Words(text).Count(w => w.Length > 1 && !Stopwords.Contains(w) && !SmallTalk.IsSmallTalkWord(w)) >= MinimumContentWords;

    private static bool HasAny(string[] words, string[][] phrases)
        => Array.Exists(phrases, phrase => Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1))
            .Any(start => phrase.AsSpan().SequenceEqual(words.AsSpan(start, phrase.Length))));

    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];
}
