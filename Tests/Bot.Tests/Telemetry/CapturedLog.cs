namespace SupportBot.Bot.Tests.Telemetry;

/// <summary>One log entry as a provider saw it: the rendered message and every structured value.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Values, string? Exception);
