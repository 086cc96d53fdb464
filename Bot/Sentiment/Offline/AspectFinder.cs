using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>Simple opinion mining: an aspect term ("la entrega", "the agent") and the feelings scored in the same clause.</summary>
internal static class AspectFinder
{
    /// <summary>The opinions of a scored sentence, in order; an aspect with no feeling in its clause is left out.</summary>
    public static IReadOnlyList<AspectOpinion> Find(
        string text, List<TextToken> tokens, int[] clauses, List<ScoredUnit> units, SentimentLexicon lexicon)
    {
        List<AspectOpinion>? opinions = null;
        var seen = new HashSet<(ServiceAspect? Aspect, int Clause)>();
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i].Kind != TokenKind.Word || lexicon.MatchAspect(tokens, i) is not { } match)
            {
                i++;
                continue;
            }

            var clause = clauses[i];
            var assessments = Assessments(text, tokens, units, u => u.Clause == clause);
            if (assessments.Count == 0 && clause + 1 < clauses[^1] + 1)
            {
                // "La entrega, un desastre": the feeling may sit in the next clause.
                assessments = Assessments(text, tokens, units, u => u.Clause == clause + 1);
            }

            var aspect = match.Entry.Aspect;
            if (assessments.Count > 0 && seen.Add((aspect, clause)))
            {
                var positive = assessments.Exists(a => a.Label == SentimentLabel.Positive);
                var negative = assessments.Exists(a => a.Label == SentimentLabel.Negative);
                var label = positive && negative ? SentimentLabel.Mixed : positive ? SentimentLabel.Positive : SentimentLabel.Negative;
                (opinions ??= []).Add(new AspectOpinion(Slice(text, tokens, i, match.TokenCount), aspect, label, assessments));
            }

            i += match.TokenCount;
        }

        return opinions is null ? [] : opinions;
    }

    private static List<OpinionAssessment> Assessments(string text, List<TextToken> tokens, List<ScoredUnit> units, Predicate<ScoredUnit> inScope)
    {
        var assessments = new List<OpinionAssessment>();
        foreach (var unit in units)
        {
            if (unit.Valence != 0 && inScope(unit))
            {
                var label = unit.Valence > 0 ? SentimentLabel.Positive : SentimentLabel.Negative;
                assessments.Add(new OpinionAssessment(Slice(text, tokens, unit.Token, unit.TokenCount), label, unit.IsNegated));
            }
        }

        return assessments;
    }

    private static string Slice(string text, List<TextToken> tokens, int first, int count)
    {
        var start = tokens[first].Offset;
        var last = tokens[first + count - 1];
        return text[start..(last.Offset + last.Length)];
    }
}
