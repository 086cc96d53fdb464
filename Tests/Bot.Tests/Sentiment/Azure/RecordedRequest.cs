namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>A request as the emulator received it.</summary>
/// <param name="Key">The Ocp-Apim-Subscription-Key header.</param>
/// <param name="ApiVersion">The api-version query parameter.</param>
/// <param name="Body">The raw body.</param>
/// <param name="Documents">The documents, when the body could be read.</param>
/// <param name="StringIndexType">parameters.stringIndexType, if sent.</param>
/// <param name="OpinionMining">parameters.opinionMining, if sent.</param>
public sealed record RecordedRequest(
    string? Key, string? ApiVersion, string Body, IReadOnlyList<RecordedDocument> Documents, string? StringIndexType, bool? OpinionMining);
