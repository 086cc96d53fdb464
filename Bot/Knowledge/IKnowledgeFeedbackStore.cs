using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Knowledge;

/// <summary>Keeps the customers' "did this help?" answers and counts them per article.</summary>
public interface IKnowledgeFeedbackStore : IKnowledgeFeedback
{
    /// <summary>The answers counted per article, by article id; articles nobody rated are absent.</summary>
    Task<IReadOnlyList<ArticleFeedbackCount>> CountAsync(CancellationToken cancellationToken);
}
