namespace SupportBot.Dialogs.Engine;

/// <summary>Limits of the dialog engine.</summary>
/// <param name="MaxDepth">Most dialogs allowed on the stack at once.</param>
public sealed record DialogEngineSettings(int MaxDepth);
