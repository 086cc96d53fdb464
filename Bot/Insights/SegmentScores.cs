namespace SupportBot.Bot.Insights;

/// <summary>The scores of one channel or one language.</summary>
/// <param name="Key">The channel id or language name.</param>
/// <param name="Responses">Surveys with at least one score.</param>
/// <param name="Nps">NPS, or null.</param>
/// <param name="CsatPercent">CSAT%, or null.</param>
public sealed record SegmentScores(string Key, int Responses, decimal? Nps, decimal? CsatPercent);
