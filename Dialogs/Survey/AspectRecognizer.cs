using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Survey;

/// <summary>Which aspects of the experience a message names: buttons, words in either language, or numbers of the
/// offered list ("1 y 3"). Several at once are fine ("la entrega y la atención").</summary>
public static class AspectRecognizer
{
    /// <summary>The offered aspects, in button order, with the words that pick them.</summary>
    public static IReadOnlyList<(ServiceAspect Aspect, Choice Choice)> Options { get; } =
    [
        (ServiceAspect.Delivery, new Choice("delivery", Texts.Localize(t => t.AspectDelivery),
            ["entrega", "envio", "paquete", "repartidor", "mensajero", "transportista", "llego tarde", "retraso", "delivery",
             "shipping", "courier", "parcel", "package", "late"])),
        (ServiceAspect.Product, new Choice("product", Texts.Localize(t => t.AspectProduct),
            ["producto", "calidad", "articulo", "talla", "defectuoso", "roto", "product", "quality", "item", "size", "broken", "faulty"])),
        (ServiceAspect.Support, new Choice("support", Texts.Localize(t => t.AspectSupport),
            ["atencion", "atencion al cliente", "soporte", "servicio", "agente", "trato", "support", "customer service", "service",
             "agent", "staff"])),
        (ServiceAspect.Billing, new Choice("billing", Texts.Localize(t => t.AspectBilling),
            ["factura", "facturacion", "precio", "cobro", "cargo", "pago", "caro", "billing", "invoice", "price", "charge",
             "payment", "expensive"])),
        (ServiceAspect.Returns, new Choice("returns", Texts.Localize(t => t.AspectReturns),
            ["devolucion", "devoluciones", "cambio", "reembolso", "devolver", "return", "returns", "exchange", "refund"])),
    ];

    private static readonly PreparedChoices Choices = ChoiceRecognizer.Prepare([.. Options.Select(o => o.Choice)]);

    private static readonly HashSet<string> NonePhrases = new(StringComparer.Ordinal)
    {
        "ninguno", "ninguna", "nada", "ninguno en particular", "ninguna en particular", "otro", "otra cosa", "none",
        "nothing", "none in particular", "other", "something else",
    };

    /// <summary>The aspects named (possibly empty when the customer says "none"); fails when nothing is understood.</summary>
    public static Recognition<List<ServiceAspect>> Recognize(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return Recognition<List<ServiceAspect>>.None;
        }

        if (NonePhrases.Contains(normalized) || normalized == TextNormalizer.Normalize(Texts.Spanish.AspectNone)
            || normalized == TextNormalizer.Normalize(Texts.English.AspectNone))
        {
            return Recognition<List<ServiceAspect>>.Of([]);
        }

        // Several aspects in one answer ("entrega y atención", "delivery, support"): each part on its own first,
        // the whole text only when no part names an aspect.
        var found = new List<ServiceAspect>();
        foreach (var part in normalized
                     .Split([',', ';', '/', '+', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                     .SelectMany(p => p.Split([" y ", " e ", " and ", " o ", " or "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var picked = ChoiceRecognizer.Recognize(part, Choices);
            if (picked.Succeeded && !found.Contains(Options[picked.Value].Aspect))
            {
                found.Add(Options[picked.Value].Aspect);
            }
        }

        if (found.Count == 0 && ChoiceRecognizer.Recognize(normalized, Choices) is { Succeeded: true } whole)
        {
            found.Add(Options[whole.Value].Aspect);
        }

        return found.Count > 0 ? Recognition<List<ServiceAspect>>.Of(found) : Recognition<List<ServiceAspect>>.None;
    }

    /// <summary>The aspects a comment's negative opinions are about, most mentioned first (ties in order of mention).</summary>
    public static List<ServiceAspect> Infer(SentimentResult? sentiment)
        => sentiment?.Opinions
            .Where(o => o.Aspect is not null && o.Label is SentimentLabel.Negative or SentimentLabel.Mixed)
            .GroupBy(o => o.Aspect!.Value)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .ToList() ?? [];
}
