namespace SupportBot.Bot.Insights;

/// <summary>Percentages as reports show them: computed exactly in decimal, rounded once to one decimal, halves away
/// from zero (6.25 → 6.3, −6.25 → −6.3); null when there is nothing to divide by.</summary>
public static class Percent
{
    /// <summary>100 × <paramref name="part"/> / <paramref name="whole"/>, rounded; null when <paramref name="whole"/> is 0.</summary>
    public static decimal? Of(int part, int whole) => whole == 0 ? null : Round(100m * part / whole);

    /// <summary>Rounds to one decimal, halves away from zero.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
