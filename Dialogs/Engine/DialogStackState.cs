namespace SupportBot.Dialogs.Engine;

/// <summary>The conversation's dialog stack, persisted in conversation state. The last frame is active.</summary>
public sealed class DialogStackState
{
    /// <summary>Frames from the root (first) to the active dialog (last).</summary>
    public List<DialogFrame> Frames { get; set; } = [];

    /// <summary>What the bot's last message offered as a numbered list (the values the options stand for), or null; see
    /// <see cref="ShownOptions"/>.</summary>
    public List<string>? ShownOptions { get; set; }
}
