namespace SupportBot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack: which dialog, which version of it, where it is,
/// and its own typed state as JSON (read and written only by that dialog).</summary>
public sealed class DialogFrame
{
    /// <summary>Stable id of the dialog that owns this frame.</summary>
    public string DialogId { get; set; } = string.Empty;

    /// <summary>The dialog's <see cref="Dialog.Version"/> when the frame was pushed.</summary>
    public int Version { get; set; }

    /// <summary>Current step (waterfalls) — meaning is the dialog's own.</summary>
    public int Step { get; set; }

    /// <summary>Failed attempts so far (prompts).</summary>
    public int Attempts { get; set; }

    /// <summary>The dialog's typed state, serialised with <see cref="DialogStateJson"/>.</summary>
    public string? StateJson { get; set; }
}
