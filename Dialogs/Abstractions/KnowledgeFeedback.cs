using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Abstractions;

/// <summary>A customer's answer to "did this help?" about one article.</summary>
/// <param name="ArticleId">The article shown.</param>
/// <param name="Language">The language it was shown in.</param>
/// <param name="Helpful">Whether it helped.</param>
/// <param name="ConversationId">The conversation it was shown in.</param>
public sealed record KnowledgeFeedback(string ArticleId, Language Language, bool Helpful, string ConversationId);
