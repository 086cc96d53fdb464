using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Knowledge;

/// <summary>Two articles per language; the answer to a question is whatever the test set for it (nothing otherwise).</summary>
internal sealed class FakeKnowledgeBase : IKnowledgeBase, IKnowledgeFeedback
{
    private readonly Dictionary<string, (KnowledgeMatch Match, string[] Ids)> _answers = new(StringComparer.Ordinal);

    public List<KnowledgeFeedback> Feedback { get; } = [];

    public static KnowledgeArticle Article(string id, Language language) => (id, language) switch
    {
        ("shipping", Language.Spanish) => new(id, language, "Plazos de envío", "Entre 24 y 72 horas.", [], [], ["returns"]),
        ("shipping", _) => new(id, language, "Delivery times", "24 to 72 hours.", [], [], ["returns"]),
        ("returns", Language.Spanish) => new(id, language, "Devoluciones", "Tienes 30 días.", [], [], []),
        _ => new(id, language, "Returns", "You have 30 days.", [], [], []),
    };

    public FakeKnowledgeBase Answer(string question, KnowledgeMatch match, params string[] ids)
    {
        _answers[question] = (match, ids);
        return this;
    }

    public Task<KnowledgeSearchResult> SearchAsync(string question, Language language, CancellationToken cancellationToken)
        => Task.FromResult(_answers.TryGetValue(question, out var answer)
            ? new KnowledgeSearchResult(answer.Match, answer.Ids.Select(id => new KnowledgeHit(Article(id, language), 0.5)).ToList())
            : KnowledgeSearchResult.Nothing);

    public KnowledgeArticle? Find(string articleId, Language language)
        => articleId is "shipping" or "returns" ? Article(articleId, language) : null;

    public Task RecordAsync(KnowledgeFeedback feedback, CancellationToken cancellationToken)
    {
        Feedback.Add(feedback);
        return Task.CompletedTask;
    }
}
