using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Escalation;

/// <summary>Writes the one-paragraph summary an agent reads first, in the customer's language: scores, why the bot
/// escalated, the aspects and the worst sentence.</summary>
public static class EscalationSummary
{
    /// <summary>The summary of <paramref name="request"/>.</summary>
    public static string For(EscalationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var es = request.Language == Language.Spanish;
        var culture = CultureInfo.GetCultureInfo(es ? "es-ES" : "en-GB");
        var parts = new List<string>();
        if (request.Csat is { } csat)
        {
            parts.Add(string.Format(culture, "CSAT {0}/5", csat));
        }

        if (request.Nps is { } nps)
        {
            parts.Add(string.Format(culture, "NPS {0}/10", nps));
        }

        if (request.OrderId is { } order)
        {
            parts.Add((es ? "pedido " : "order ") + order + (request.Product is { } p ? " (" + p + ")" : string.Empty));
        }

        var text = new StringBuilder();
        text.Append(es ? "Prioridad " : "Priority ").Append(Priority(request.Decision.Priority, es));
        if (parts.Count > 0)
        {
            text.Append(" · ").AppendJoin(" · ", parts);
        }

        if (request.Decision.Reasons.Count > 0)
        {
            text.Append(es ? ". Motivos: " : ". Reasons: ").AppendJoin(", ", request.Decision.Reasons.Select(r => Reason(r, es)));
        }

        if (request.Aspects.Count > 0)
        {
            text.Append(es ? ". Aspectos: " : ". Aspects: ").AppendJoin(", ", request.Aspects.Select(a => Aspect(a, es)));
        }

        if (request.Sentiment?.WorstSentence is { } worst)
        {
            text.Append(es ? ". Frase más negativa: «" : ". Most negative sentence: “").Append(worst.Text.Trim()).Append(es ? "»" : "”");
        }

        return text.Append('.').ToString();
    }

    /// <summary>A priority as agents read it.</summary>
    public static string Priority(EscalationPriority priority, bool es) => priority switch
    {
        EscalationPriority.Urgent => es ? "urgente" : "urgent",
        EscalationPriority.High => es ? "alta" : "high",
        EscalationPriority.Normal => es ? "normal" : "normal",
        _ => es ? "baja" : "low",
    };

    /// <summary>A reason as agents read it.</summary>
    public static string Reason(EscalationReason reason, bool es) => reason switch
    {
        EscalationReason.DetractorNps => es ? "detractor (NPS)" : "detractor (NPS)",
        EscalationReason.LowCsat => es ? "CSAT bajo" : "low CSAT",
        EscalationReason.NegativeComment => es ? "comentario negativo" : "negative comment",
        EscalationReason.HighScoreNegativeComment => es ? "nota alta con comentario negativo" : "high score, negative comment",
        EscalationReason.LowScorePositiveComment => es ? "nota baja con comentario positivo" : "low score, positive comment",
        EscalationReason.ChurnIntent => es ? "quiere darse de baja" : "wants to leave",
        EscalationReason.RepeatedNegative => es ? "varios mensajes negativos" : "repeated negative messages",
        _ => es ? "pidió hablar con una persona" : "asked for a person",
    };

    /// <summary>An aspect as agents read it.</summary>
    public static string Aspect(ServiceAspect aspect, bool es) => aspect switch
    {
        ServiceAspect.Delivery => es ? "entrega" : "delivery",
        ServiceAspect.Product => es ? "producto" : "product",
        ServiceAspect.Support => es ? "atención" : "support",
        ServiceAspect.Billing => es ? "facturación" : "billing",
        _ => es ? "devoluciones" : "returns",
    };
}
