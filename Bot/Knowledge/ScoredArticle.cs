using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Knowledge;

/// <summary>An article found by <see cref="KnowledgeIndex"/>.</summary>
/// <param name="Article">The article.</param>
/// <param name="Score">Its BM25 score for the question (unbounded; only comparable within one search).</param>
/// <param name="Coverage">How much of the question it contains, 0–1: the idf-weighted share of the question's words
/// (or their synonyms, or a one- or two-letter typo of them) found in the article.</param>
/// <param name="ExactCoverage">The same share counting only the words themselves and their synonyms, not typos.</param>
public sealed record ScoredArticle(KnowledgeArticle Article, float Score, double Coverage, double ExactCoverage);
