using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Survey;

/// <summary>Finds an order number in a message ("mi pedido 10234", "order #10234", "pedido SB-1001"): 4 to 12 digits,
/// optionally after a shop prefix of up to four letters (returned in capitals).</summary>
public static partial class OrderNumberExtractor
{
    /// <summary>The order number, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var match = OrderNumber().Match(text);
            return match.Success ? match.Groups["id"].Value.ToUpperInvariant() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // The time limit guards against pathological input, but it is wall-clock time: on a busy machine a short
            // message can exceed it. No order number found is an answer the survey handles; a failed turn is not.
            return null;
        }
    }

    // After the keyword: an optional colon, then "nº", "n.º", "no.", "núm.", "número", "number" and the like.
    [GeneratedRegex(@"(?:#|\b(?:pedido|orden|order|compra|purchase)\s*:?\s*(?:n(?:\.?\s*[ºo°]|[uú]m(?:ero|ber)?)?\.?\s*:?\s*)?#?\s*)(?<id>(?:[a-z]{1,4}-?)?\d{4,12})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex OrderNumber();
}
