namespace SupportBot.Dialogs.Abstractions;

/// <summary>Reads how a customer feels about what they wrote. Implemented in <c>Bot/</c>: Azure AI Language in
/// production, an embedded offline analyzer by default (and as the fallback when Azure fails).</summary>
public interface ISentimentAnalyzer
{
    /// <summary>Analyses many texts in one call; the result list matches the request list one to one, in order.
    /// A text that cannot be analysed gets a result with <see cref="SentimentResult.Error"/> set, not an exception.</summary>
    Task<IReadOnlyList<SentimentResult>> AnalyzeAsync(IReadOnlyList<SentimentRequest> requests, CancellationToken cancellationToken);
}
