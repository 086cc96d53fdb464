namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>A document as the emulator received it; <see cref="Language"/> is null when none was sent.</summary>
public sealed record RecordedDocument(string Id, string Text, string? Language);
