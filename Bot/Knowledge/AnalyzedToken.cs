namespace SupportBot.Bot.Knowledge;

/// <summary>One term of analysed text.</summary>
/// <param name="Term">The term (lower case, folded, stemmed).</param>
/// <param name="IsSynonym">Whether the synonym filter added it for the word before it.</param>
public readonly record struct AnalyzedToken(string Term, bool IsSynonym);
