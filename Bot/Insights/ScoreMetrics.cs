namespace SupportBot.Bot.Insights;

/// <summary>The survey score figures: NPS, CSAT% and the score distributions. Pure functions of the scores given.</summary>
public static class ScoreMetrics
{
    /// <summary>Lowest NPS answer that makes a promoter.</summary>
    public const int PromoterMin = 9;

    /// <summary>Highest NPS answer that makes a detractor.</summary>
    public const int DetractorMax = 6;

    /// <summary>Lowest CSAT answer that counts as satisfied.</summary>
    public const int SatisfiedCsatMin = 4;

    /// <summary>Net Promoter Score: % promoters (9–10) − % detractors (0–6) of the NPS answers, −100..100, one decimal;
    /// null when nobody answered.</summary>
    public static decimal? Nps(IEnumerable<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        int promoters = 0, detractors = 0, total = 0;
        foreach (var answer in answers)
        {
            total++;
            promoters += answer >= PromoterMin ? 1 : 0;
            detractors += answer <= DetractorMax ? 1 : 0;
        }

        return Percent.Of(promoters - detractors, total);
    }

    /// <summary>CSAT%: the share of CSAT answers that are 4 or 5, one decimal; null when nobody answered.</summary>
    public static decimal? CsatPercent(IEnumerable<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers as IReadOnlyCollection<int> ?? answers.ToList();
        return Percent.Of(list.Count(a => a >= SatisfiedCsatMin), list.Count);
    }

    /// <summary>How many answered each CSAT score: index 0 is score 1, index 4 is score 5. Out-of-range answers are ignored.</summary>
    public static int[] CsatDistribution(IEnumerable<int> answers) => Distribution(answers, 1, 5);

    /// <summary>How many answered each NPS score: index i is score i (0–10). Out-of-range answers are ignored.</summary>
    public static int[] NpsDistribution(IEnumerable<int> answers) => Distribution(answers, 0, 10);

    private static int[] Distribution(IEnumerable<int> answers, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var counts = new int[max - min + 1];
        foreach (var answer in answers.Where(a => a >= min && a <= max))
        {
            counts[answer - min]++;
        }

        return counts;
    }
}
