using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Escalation;

/// <summary>Picks the offers of the configured playbook that fit an escalation (its reasons, aspects and priority),
/// most generous last, and marks those above the agent's discount limit.</summary>
public sealed class RetentionPlaybook(IOptions<EscalationOptions> options)
{
    /// <summary>The offers for <paramref name="escalation"/>, for an agent who may give at most <paramref name="maxDiscountPercent"/>.</summary>
    public IReadOnlyList<SuggestedOffer> SuggestFor(EscalationCase escalation, int maxDiscountPercent)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var request = escalation.Request;
        return options.Value.Offers
            .Where(o => request.Decision.Priority >= o.MinPriority)
            .Where(o => o.Reasons.Count == 0 || o.Reasons.Intersect(request.Decision.Reasons).Any())
            .Where(o => o.Aspects.Count == 0 || o.Aspects.Intersect(request.Aspects).Any())
            .OrderBy(o => o.DiscountPercent)
            .Select(o => new SuggestedOffer(
                o.Id,
                request.Language == Language.English ? o.TitleEn : o.TitleEs,
                o.DiscountPercent,
                o.DiscountPercent <= maxDiscountPercent))
            .ToList();
    }
}
