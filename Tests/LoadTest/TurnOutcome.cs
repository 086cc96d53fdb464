namespace SupportBot.LoadTest;

/// <summary>What one turn gave: its latency and, when it failed, the kind of error ("HTTP 500", "timeout",
/// "unexpected reply", ...) and a short example for the report.</summary>
public readonly record struct TurnOutcome(TimeSpan Latency, string? ErrorKind, string? Detail)
{
    public bool Succeeded => ErrorKind is null;
}
