namespace SupportBot.Dialogs.Abstractions;

/// <summary>An opinion about a target in a sentence (opinion mining), mapped to a post-sale aspect when it is one.</summary>
/// <param name="Target">The target as written ("entrega", "delivery", "the agent").</param>
/// <param name="Aspect">The post-sale aspect the target belongs to, if any.</param>
/// <param name="Label">Positive, negative or mixed.</param>
/// <param name="Assessments">What is said about it.</param>
public sealed record AspectOpinion(string Target, ServiceAspect? Aspect, SentimentLabel Label, IReadOnlyList<OpinionAssessment> Assessments);
