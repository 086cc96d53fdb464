using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>What became of one text sent to Azure: a result (possibly carrying a per-text error), or the failure
/// of the call it was part of.</summary>
/// <param name="Result">The result, when the service answered for this text.</param>
/// <param name="Failure">Why there is no result.</param>
public sealed record AzureSentimentOutcome(SentimentResult? Result, AzureLanguageException? Failure);
