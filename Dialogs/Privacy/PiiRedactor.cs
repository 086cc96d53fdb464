using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>Removes personal data from customer text before it is stored or sent to a cloud service:
/// e-mail addresses → [EMAIL], payment card numbers (Luhn-valid) → [CARD], IBANs (mod-97-valid) → [IBAN],
/// Spanish DNI/NIE (check letter valid) → [ID], phone numbers → [PHONE].
/// Order numbers, prices, dates, times and postcodes are left alone: they are what the conversation is about.</summary>
public static partial class PiiRedactor
{
    /// <summary>Placeholder for an e-mail address.</summary>
    public const string Email = "[EMAIL]";

    /// <summary>Placeholder for a payment card number.</summary>
    public const string Card = "[CARD]";

    /// <summary>Placeholder for a bank account number.</summary>
    public const string Iban = "[IBAN]";

    /// <summary>Placeholder for a national identity number.</summary>
    public const string Id = "[ID]";

    /// <summary>Placeholder for a phone number.</summary>
    public const string Phone = "[PHONE]";

    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>The text with personal data replaced by placeholders.</summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        // Order matters: the most specific shapes first, so a card is not half-taken for a phone.
        var result = EmailPattern().Replace(text, Email);
        result = IbanPattern().Replace(result, m => IsValidIban(m.Value) ? Iban : m.Value);
        result = CardPattern().Replace(result, m => IsOrderReference(result, m.Index) || !PassesLuhn(m.Value) ? m.Value : Card);
        result = NationalIdPattern().Replace(result, m => IsValidNationalId(m.Value) ? Id : m.Value);
        result = PhonePattern().Replace(result, m => LooksLikePhone(result, m) ? Phone : m.Value);
        return result;
    }

    private static bool PassesLuhn(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static bool IsValidIban(string candidate)
    {
        var compact = new string(candidate.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length is < 15 or > 34)
        {
            return false;
        }

        // Move the country code and check digits to the end, letters become 10..35, then mod 97 must be 1.
        var rearranged = string.Concat(compact.AsSpan(4), compact.AsSpan(0, 4));
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder == 1;
    }

    private static bool IsValidNationalId(string candidate)
    {
        var compact = new string(candidate.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        var letter = compact[^1];
        var number = compact[..^1];
        if (number[0] is 'X' or 'Y' or 'Z')
        {
            number = (number[0] - 'X').ToString(CultureInfo.InvariantCulture) + number[1..];
        }

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && DniLetters[n % 23] == letter;
    }

    private static bool LooksLikePhone(string text, Match match)
    {
        var value = match.Value;
        var digits = value.Count(char.IsAsciiDigit);
        if (IsOrderReference(text, match.Index))
        {
            return false;
        }

        if (value.StartsWith('+') || value.StartsWith("00", StringComparison.Ordinal))
        {
            return digits is >= 8 and <= 15;
        }

        // Without a country code: 9–11 digits (Spain 9, UK 10–11, US 10) in phone-like groups. Prices
        // carry a decimal part, dates slashes, postcodes five digits: none reaches nine digits in these groups.
        return digits is >= 9 and <= 11 && !value.Contains(',', StringComparison.Ordinal);
    }

    /// <summary>Whether the number at <paramref name="index"/> follows an order keyword or '#'
    /// ("pedido 612345678", "order #4111…"): that is an order reference, not personal data.</summary>
    private static bool IsOrderReference(string text, int index)
    {
        var start = Math.Max(0, index - 24);
        var before = text.AsSpan(start, index - start).ToString();
        return OrderKeywordBefore().IsMatch(before);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IbanPattern();

    [GeneratedRegex(@"(?<![\w.,])\d(?:[ \-]?\d){12,18}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"\b(?:[XYZxyz][ \-]?\d{7}|\d{8})[ \-]?[A-Za-z]\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NationalIdPattern();

    [GeneratedRegex(@"(?<![\w.,/:])(?:(?:\+|00)\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?)?\d{2,4}(?:[ .\-]?\d{2,4}){1,4}(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?:#|\b(?:pedido|orden|order|compra|purchase|ref|referencia|reference|factura|invoice|albar[aá]n|tracking|seguimiento)\b[^\d]{0,12})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OrderKeywordBefore();
}
