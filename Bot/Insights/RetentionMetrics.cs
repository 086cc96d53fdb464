using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Insights;

/// <summary>Retention outcomes of resolved escalations: the saved-customer rate and the win-back score.</summary>
public static class RetentionMetrics
{
    /// <summary>Whether an outcome keeps the customer: <c>Retained</c>, <c>Replacement</c> and <c>Discount</c> do (the
    /// customer stays, with or without compensation); <c>Refund</c> (the purchase is undone), <c>Lost</c> and
    /// <c>NoResponse</c> (nobody could win them back) do not.</summary>
    public static bool IsSaved(EscalationOutcome outcome) => outcome is EscalationOutcome.Retained or EscalationOutcome.Replacement or EscalationOutcome.Discount;

    /// <summary>The summary of <paramref name="escalations"/>: resolved ones with an outcome count; every answered
    /// follow-up score counts towards the win-back score.</summary>
    public static RetentionSummary Summarize(IEnumerable<EscalationCase> escalations)
    {
        ArgumentNullException.ThrowIfNull(escalations);
        var list = escalations.ToList();
        var outcomes = list.Where(e => e.Status == EscalationStatus.Resolved && e.Outcome is not null).Select(e => e.Outcome!.Value).ToList();
        var saved = outcomes.Count(IsSaved);
        var followUps = list.Where(e => e.FollowUpScore is not null).Select(e => e.FollowUpScore!.Value).ToList();
        var winBack = followUps.Count == 0 ? (decimal?)null : Math.Round((decimal)followUps.Sum() / followUps.Count, 2, MidpointRounding.AwayFromZero);
        var byOutcome = Enum.GetValues<EscalationOutcome>().Select(o => new OutcomeCount(o, outcomes.Count(x => x == o), IsSaved(o))).ToList();
        return new RetentionSummary(outcomes.Count, saved, Percent.Of(saved, outcomes.Count), winBack, followUps.Count, byOutcome);
    }
}
