namespace SupportBot.Dialogs.Engine;

/// <summary>The result of running the stack: its status, and the outcome when the last dialog ended.</summary>
public sealed class DialogTurnResult
{
    internal DialogTurnResult(DialogTurnStatus status, DialogOutcome outcome)
    {
        Status = status;
        Outcome = outcome;
    }

    /// <summary>Status after the call.</summary>
    public DialogTurnStatus Status { get; }

    /// <summary>Outcome of the dialog that ended last (or <see cref="DialogOutcome.None"/>).</summary>
    public DialogOutcome Outcome { get; }

    internal static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting, DialogOutcome.None);

    internal static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty, DialogOutcome.None);

    internal static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled, DialogOutcome.None);
}
