namespace SupportBot.Dialogs.Abstractions;

/// <summary>What a knowledge-base search found.</summary>
/// <param name="Match">How sure the search is about the first hit.</param>
/// <param name="Hits">The articles found, best first (at most a handful; empty when <see cref="KnowledgeMatch.None"/>).</param>
public sealed record KnowledgeSearchResult(KnowledgeMatch Match, IReadOnlyList<KnowledgeHit> Hits)
{
    /// <summary>Nothing found.</summary>
    public static KnowledgeSearchResult Nothing { get; } = new(KnowledgeMatch.None, []);
}
