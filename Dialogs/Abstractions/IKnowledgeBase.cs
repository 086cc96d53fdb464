using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>The shop's help articles, in Spanish and English, searched with the customer's own words.</summary>
public interface IKnowledgeBase
{
    /// <summary>The articles that best answer <paramref name="question"/>, best first, in <paramref name="language"/>, with
    /// how sure the search is.</summary>
    Task<KnowledgeSearchResult> SearchAsync(string question, Language language, CancellationToken cancellationToken);

    /// <summary>The article with <paramref name="articleId"/> in <paramref name="language"/>, or null when there is none
    /// (the articles were replaced since it was offered).</summary>
    KnowledgeArticle? Find(string articleId, Language language);
}
