using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Storage;

/// <summary>Adapter middleware: a message turn reads its user state and conversation state in one batch before the bot
/// runs, instead of one round trip each when the bot first asks (language, then dialog stack). Only the first read of
/// each key in the turn uses it (see <see cref="JsonStorage.UseReadAhead"/>); the keys are the ones
/// <see cref="UserState"/> and <see cref="ConversationState"/> use, and a key they did not ask for is simply not used.
/// The other reads such a turn always makes (<see cref="ITurnReadAhead"/>: is an agent live in this conversation?) are
/// begun just before, so they are in flight together.</summary>
public sealed class StateReadAhead(IStorage storage, IEnumerable<ITurnReadAhead> others) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ITurnReadAhead[] _others = [.. others ?? []];

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity is not { Type: ActivityTypes.Message, ChannelId: { Length: > 0 } channel }
            || turnContext.Activity.Conversation?.Id is not { Length: > 0 } conversation
            || turnContext.Activity.From?.Id is not { Length: > 0 } user)
        {
            await next(cancellationToken);
            return;
        }

        foreach (var other in _others)
        {
            other.Begin(turnContext, cancellationToken);
        }

        if (storage is not JsonStorage json)
        {
            await next(cancellationToken);
            return;
        }

        json.UseReadAhead(await json.ReadAheadAsync([$"{channel}/users/{user}", $"{channel}/conversations/{conversation}"], cancellationToken));
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            json.UseReadAhead(null);
        }
    }
}
