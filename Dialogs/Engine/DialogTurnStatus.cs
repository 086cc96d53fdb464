namespace SupportBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands at the end of a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty.</summary>
    Empty,

    /// <summary>A dialog is waiting for the customer's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
