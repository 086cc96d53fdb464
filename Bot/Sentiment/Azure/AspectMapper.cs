using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Maps an opinion target as written ("la entrega", "the agent", "factura") to a post-sale aspect.</summary>
internal static class AspectMapper
{
    // Word stems, compared without accents or case; first match wins, so the more specific come first.
    private static readonly (string Stem, ServiceAspect Aspect)[] Stems =
    [
        ("devolu", ServiceAspect.Returns), ("return", ServiceAspect.Returns), ("reembols", ServiceAspect.Billing),
        ("refund", ServiceAspect.Billing), ("exchange", ServiceAspect.Returns),
        ("deliver", ServiceAspect.Delivery), ("entreg", ServiceAspect.Delivery), ("envio", ServiceAspect.Delivery),
        ("shipping", ServiceAspect.Delivery), ("shipment", ServiceAspect.Delivery), ("courier", ServiceAspect.Delivery),
        ("mensajer", ServiceAspect.Delivery), ("repartidor", ServiceAspect.Delivery), ("paquete", ServiceAspect.Delivery),
        ("package", ServiceAspect.Delivery), ("parcel", ServiceAspect.Delivery),
        ("product", ServiceAspect.Product), ("articulo", ServiceAspect.Product), ("item", ServiceAspect.Product),
        ("support", ServiceAspect.Support), ("soporte", ServiceAspect.Support), ("agent", ServiceAspect.Support),
        ("atencion", ServiceAspect.Support), ("operador", ServiceAspect.Support),
        ("price", ServiceAspect.Billing), ("precio", ServiceAspect.Billing), ("invoice", ServiceAspect.Billing),
        ("factura", ServiceAspect.Billing), ("cobro", ServiceAspect.Billing), ("charge", ServiceAspect.Billing),
        ("billing", ServiceAspect.Billing), ("cargo", ServiceAspect.Billing),
    ];

    /// <summary>The aspect, or null when the target is not a post-sale one.</summary>
    public static ServiceAspect? Map(string target)
    {
        var normalized = Normalize(target);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (stem, aspect) in Stems)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal))
                {
                    return aspect;
                }
            }
        }

        return normalized.Contains("customer service", StringComparison.Ordinal) ? ServiceAspect.Support : null;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString();
    }
}
