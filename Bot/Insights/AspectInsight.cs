using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Insights;

/// <summary>One aspect of the service in negative feedback.</summary>
/// <param name="Aspect">The aspect.</param>
/// <param name="Count">Negative survey records about it (<see cref="NegativeAspects.IsNegative"/>).</param>
/// <param name="Examples">Up to three of their comments (PII-redacted as stored), newest first. Plain text: never markup.</param>
public sealed record AspectInsight(ServiceAspect Aspect, int Count, IReadOnlyList<string> Examples);
