using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Orders;

/// <summary>An order number in an answer to "what's your order number?": "400101", "#400101", "nº 400101",
/// "es el pedido 400101", "order 400101", "es el 400101, gracias".</summary>
public static partial class OrderNumberRecognizer
{
    /// <summary>The order number in <paramref name="text"/>.</summary>
    public static Recognition<string> Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Recognition<string>.None;
        }

        if (OrderNumberExtractor.Find(text) is { } found)
        {
            return Recognition<string>.Of(found);
        }

        // Asked for the number, a lone run of 4 to 12 digits (a shop prefix such as "SB-" before it) is it ("400101", "nº 400101", "es el 400101, gracias");
        // two such runs are a guess too many.
        var runs = Digits().Matches(text);
        return runs.Count == 1 ? Recognition<string>.Of(runs[0].Value.ToUpperInvariant()) : Recognition<string>.None;
    }

    [GeneratedRegex(@"(?<![\w-])(?:[a-z]{1,4}-?)?\d{4,12}(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Digits();
}
