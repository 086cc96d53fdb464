namespace SupportBot.Bot.Insights;

/// <summary>One bucket of the NPS and CSAT% time series.</summary>
/// <param name="Start">First local day of the bucket.</param>
/// <param name="Responses">Surveys started in it with at least one score.</param>
/// <param name="Nps">NPS of its answers, or null.</param>
/// <param name="CsatPercent">CSAT% of its answers, or null.</param>
public sealed record TrendPoint(DateOnly Start, int Responses, decimal? Nps, decimal? CsatPercent);
