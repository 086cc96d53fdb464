namespace SupportBot.LoadTest;

/// <summary>A usage or start-up problem the command reports in one line (exit code 2).</summary>
public sealed class LoadTestException(string message) : Exception(message);
