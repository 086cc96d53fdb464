namespace SupportBot.LoadTest;

/// <summary>One customer message and the replies that count as the bot understanding it (any one of them must be
/// among the turn's replies).</summary>
public sealed record ScriptedTurn(string Text, IReadOnlyList<string> Expected);
