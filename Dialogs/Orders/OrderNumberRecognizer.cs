using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Orders;

/// <summary>An order number in an answer to "what's your order number?": "400101", "#400101", "nº 400101",
/// "es el pedido 400101", "order 400101", "es el 400101, gracias", "400 101", "400-108"; with the proof next to it
/// ("400101, cp 28013", "400101 28013"); or the customer saying they do not have it ("no lo tengo").</summary>
public static partial class OrderNumberRecognizer
{
    private const int LoneNumberMinDigits = 5;
    private const int UnmistakableNumberMinDigits = 6;

    // Said instead of a number: the customer does not have it, cannot find it, or wants it looked up some other way.
    // Phrases that also open ordinary complaints ("no se ha entregado", "no tengo el paquete") only count as the whole answer.
    private static readonly string[] NumberUnknownPhrases =
    [
        "no lo tengo", "no tengo el numero", "no tengo numero", "no tengo ese numero", "no lo se", "no se cual", "no se donde",
        "no se el numero", "no lo encuentro", "no encuentro el numero", "no me acuerdo", "no recuerdo", "no lo recuerdo", "ni idea",
        "lo he perdido", "lo perdi", "por mi email", "por mi correo", "con mi email", "con mi correo", "buscarlo", "buscalo",
        "don't have", "dont have", "do not have", "haven't got", "don't know", "dont know", "do not know", "no idea", "can't find",
        "cant find", "cannot find", "don't remember", "dont remember", "can't remember", "lost it", "look it up", "by my email",
        "with my email", "not sure",
    ];

    private static readonly string[] NumberUnknownAnswers = ["no se", "no", "nope", "dunno", "no tengo"];

    /// <summary>The order number in <paramref name="text"/>.</summary>
    public static Recognition<string> Recognize(string? text)
        => Find(text) is { } number ? Recognition<string>.Of(number) : Recognition<string>.None;

    /// <summary>The whole answer to the order number question: the number (with a proof given next to it), or
    /// <see cref="OrderIdentityAnswer.NumberUnknown"/> when the customer says they do not have it.</summary>
    public static Recognition<OrderIdentityAnswer> RecognizeAnswer(string? text)
    {
        if (Find(text) is { } number)
        {
            return Recognition<OrderIdentityAnswer>.Of(new OrderIdentityAnswer(number, ProofBeside(text!, number)));
        }

        var normalized = TextNormalizer.Normalize(text);
        return normalized.Length > 0
               && (NumberUnknownAnswers.Contains(normalized, StringComparer.Ordinal) || NumberUnknownPhrases.Any(p => TextNormalizer.ContainsPhrase(normalized, p)))
            ? Recognition<OrderIdentityAnswer>.Of(OrderIdentityAnswer.NumberUnknown)
            : Recognition<OrderIdentityAnswer>.None;
    }

    /// <summary>The order number in the message that starts an order action ("status of 400108", "¿dónde está el
    /// 400101?"): after the word order/pedido, or a lone number of five digits or more, or one with a shop prefix.</summary>
    public static string? InRequest(string? text)
    {
        var number = Find(text);
        return number is not null && (OrderNumberExtractor.Find(text) is not null || number.Any(char.IsLetter) || number.Length >= LoneNumberMinDigits)
            ? number
            : null;
    }

    /// <summary>An order number typed where the email or postal code was asked: after the word order/pedido, or a lone
    /// run of six digits or more (no postal code of Spain, the UK or Ireland is that).</summary>
    public static string? InProofAnswer(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (OrderNumberExtractor.Find(text) is { } keyed)
        {
            return keyed;
        }

        var runs = Digits().Matches(text);
        return runs.Count == 1 && runs[0].Value.All(char.IsDigit) && runs[0].Value.Length >= UnmistakableNumberMinDigits
            ? runs[0].Value
            : Grouped(text);
    }

    private static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (OrderNumberExtractor.Find(text) is { } found)
        {
            return found;
        }

        // Asked for the number, a lone run of 4 to 12 digits (a shop prefix such as "SB-" before it) is it ("400101", "nº 400101", "es el 400101, gracias");
        // two such runs are a guess too many, unless the later one is the proof ("400101 28013", "400101, cp 28013").
        var runs = Digits().Matches(text);
        return runs.Count switch
        {
            1 => runs[0].Value.ToUpperInvariant(),
            > 1 when ProofBeside(text, runs[0].Value) is not null => runs[0].Value.ToUpperInvariant(),
            0 => Grouped(text),
            _ => null,
        };
    }

    // "400 101", "400-108": one such group and no other digit in the message.
    private static string? Grouped(string text)
    {
        var groups = GroupedDigits().Matches(text);
        return groups.Count == 1 && text.Count(char.IsDigit) == groups[0].Value.Count(char.IsDigit)
            ? string.Concat(groups[0].Value.Where(char.IsDigit))
            : null;
    }

    /// <summary>The email or postal code in what is left of <paramref name="text"/> once <paramref name="number"/> is
    /// taken out; a second order-like number is not a proof.</summary>
    internal static string? ProofBeside(string text, string number)
    {
        var at = text.IndexOf(number, StringComparison.OrdinalIgnoreCase);
        var rest = at < 0 ? text : string.Concat(text.AsSpan(0, at), " ", text.AsSpan(at + number.Length));
        if (!rest.Any(char.IsLetterOrDigit) || Digits().Matches(rest).Any(m => m.Value.Length >= UnmistakableNumberMinDigits))
        {
            return null;
        }

        var proof = OrderProofRecognizer.Recognize(rest.Trim().Trim(',', ';', '.', ' ', '-'));
        return proof.Succeeded && (proof.Value.Contains('@', StringComparison.Ordinal) || proof.Value.Any(char.IsDigit)) ? proof.Value : null;
    }

    [GeneratedRegex(@"(?<![\w-])(?:[a-z]{1,4}-?)?\d{4,12}(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<![\w-])\d{3}[ -]\d{3}(?![\w-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex GroupedDigits();
}
