namespace SupportBot.Bot.Knowledge;

/// <summary>How customers rated one article.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Helpful">"Yes, it helped" answers.</param>
/// <param name="NotHelpful">"No" answers.</param>
public sealed record ArticleFeedbackCount(string ArticleId, int Helpful, int NotHelpful);
