using System.Globalization;
using System.Text;

namespace SupportBot.Bot.Orders;

/// <summary>Who pays a return's shipping: the shop when the product is defective, damaged or not what was ordered
/// (told by the customer's own words, Spanish or English, accents optional); the customer for a change of mind.</summary>
public static class ReturnPolicy
{
    private static readonly string[] ShopFaultWords =
    [
        // Spanish
        "defectuos", "defecto", "roto", "rota", "rotos", "rotas", "no funciona", "no va", "no enciende", "averiad", "estropead",
        "danad", "golpead", "equivocad", "incorrect", "erroneo", "no es lo que pedi", "no corresponde", "falta", "incomplet",
        "tara", "fallo", "falla",
        // English
        "defective", "faulty", "broken", "damaged", "doesn't work", "doesnt work", "does not work", "not working", "dead on arrival",
        "wrong", "incorrect", "not what i ordered", "missing", "cracked", "scratched", "fault",
    ];

    /// <summary>True when <paramref name="reason"/> says the shop is at fault, so the shop pays the return shipping.</summary>
    public static bool IsShopAtFault(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return false;
        }

        var folded = " " + Fold(reason) + " ";
        return ShopFaultWords.Any(word => folded.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>Lower case, accents removed, apostrophes unified, runs of spaces collapsed.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c is '\u2019' or '\u00b4' or '`' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
