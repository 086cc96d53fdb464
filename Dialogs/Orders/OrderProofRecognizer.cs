using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Orders;

/// <summary>The proof of identity in an answer: an email address anywhere in it ("es ana@example.com"), else a postal
/// code ("28013", "el cp es 08001", "SW1A 1AA").</summary>
public static partial class OrderProofRecognizer
{
    /// <summary>The email or postal code in <paramref name="text"/>.</summary>
    public static Recognition<string> Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Recognition<string>.None;
        }

        var email = Email().Match(text);
        if (email.Success)
        {
            return Recognition<string>.Of(email.Value.TrimEnd('.'));
        }

        var whole = text.Trim().TrimEnd('.');
        // "cp 28013" is a word and a postal code, not a postal code: the code's first part has a digit ("EH1 2NG", "D02 X285").
        if (PostalCode().IsMatch(whole) && whole.Split(' ', '-')[0].Any(char.IsDigit))
        {
            return Recognition<string>.Of(whole);
        }

        var spanish = SpanishPostalCode().Match(text);
        return spanish.Success ? Recognition<string>.Of(spanish.Value) : Recognition<string>.None;
    }

    /// <summary>The whole answer to the proof question: the email or postal code, or a different order number to check
    /// instead (with its proof when one comes with it: "el pedido 400102, cp 08012").</summary>
    public static Recognition<OrderIdentityAnswer> RecognizeAnswer(string? text)
    {
        if (!Email().IsMatch(text ?? string.Empty) && OrderNumberRecognizer.InProofAnswer(text) is { } number)
        {
            return Recognition<OrderIdentityAnswer>.Of(new OrderIdentityAnswer(number, OrderNumberRecognizer.ProofBeside(text!, number)));
        }

        var proof = Recognize(text);
        return proof.Succeeded ? Recognition<OrderIdentityAnswer>.Of(new OrderIdentityAnswer(null, proof.Value)) : Recognition<OrderIdentityAnswer>.None;
    }

    [GeneratedRegex(@"[^\s@<>()""',;:]+@[^\s@<>()""',;:]+\.[^\s@<>()""',;:]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Email();

    // A whole answer shaped like a postal code of Spain or elsewhere in Europe: 3–10 letters and digits, one space or hyphen.
    [GeneratedRegex(@"^[A-Za-z0-9]{2,5}(?:[ -]?[A-Za-z0-9]{1,5})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PostalCode();

    // Inside a sentence: a Spanish postal code (five digits, 01–52).
    [GeneratedRegex(@"(?<!\d)(?:0[1-9]|[1-4]\d|5[0-2])\d{3}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SpanishPostalCode();
}
