namespace SupportBot.Dialogs.Abstractions;

/// <summary>One article found by a search.</summary>
/// <param name="Article">The article, in the language asked for.</param>
/// <param name="Confidence">How well it answers the question, from 0 (not at all) to 1.</param>
public sealed record KnowledgeHit(KnowledgeArticle Article, double Confidence);
