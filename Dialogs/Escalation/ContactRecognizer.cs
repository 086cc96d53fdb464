using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Escalation;

/// <summary>Finds a phone number or an e-mail address a customer gives to be called back.</summary>
public static partial class ContactRecognizer
{
    /// <summary>The e-mail address or phone number in <paramref name="text"/>, normalised, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var email = Email().Match(text);
        if (email.Success)
        {
            return email.Value;
        }

        var phone = Phone().Match(text);
        if (!phone.Success)
        {
            return null;
        }

        var digits = phone.Value.Count(char.IsAsciiDigit);
        return digits is >= 9 and <= 15 ? Spaces().Replace(phone.Value.Trim(), " ") : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:\+|00)?\(?\d[\d .\-()]{7,20}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Spaces();
}
