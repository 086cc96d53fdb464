using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Orders;

/// <summary>An order number in an answer to "what's your order number?": "400101", "#400101", "nº 400101",
/// "es el pedido 400101", "order 400101".</summary>
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

        var match = Bare().Match(text);
        return match.Success ? Recognition<string>.Of(match.Groups["id"].Value) : Recognition<string>.None;
    }

    // The whole answer is the number, maybe after "nº"/"no."/"#" and with a closing full stop.
    [GeneratedRegex(@"^\s*(?:n\.?\s*[ºo°]\.?|num(?:ero|ber)?\.?|#)?\s*(?<id>\d{4,12})\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Bare();
}
