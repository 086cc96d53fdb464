namespace SupportBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog{TState}"/>. A step must finish through one of the
/// step context's exits (prompt, begin, next, end, wait), which persist the state.</summary>
/// <typeparam name="TState">The waterfall's typed state.</typeparam>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();
