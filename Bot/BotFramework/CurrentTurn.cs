using Microsoft.Bot.Builder;

namespace SupportBot.Bot.BotFramework;

/// <summary>The turn being processed on this async flow, for services the dialogs call without passing it (the
/// escalation gateway reads the conversation reference from it). Set by the adapter's middleware; never captured
/// beyond the turn.</summary>
public sealed class CurrentTurn : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly AsyncLocal<ITurnContext?> Turn = new();

    /// <summary>The turn in progress on this flow, or null outside a turn.</summary>
    public ITurnContext? Context => Turn.Value;

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Turn.Value;
        Turn.Value = turnContext;
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            Turn.Value = previous;
        }
    }
}
