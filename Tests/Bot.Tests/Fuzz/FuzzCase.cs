namespace SupportBot.Bot.Tests.Fuzz;

/// <summary>One hostile request: what is sent, and what kind of answer its endpoint promises.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query, already percent-encoded.</param>
/// <param name="Body">Raw body, or null for none.</param>
/// <param name="ContentType">Content-Type of the body (null: none at all).</param>
/// <param name="Authorization">The whole Authorization header, or null.</param>
/// <param name="Description">What the case does, for the failure message.</param>
/// <param name="Api">True for the JSON APIs (their errors are problem JSON); false for the pages.</param>
public sealed record FuzzCase(string Method, string Path, byte[]? Body, string? ContentType, string? Authorization, string Description, bool Api = true);
