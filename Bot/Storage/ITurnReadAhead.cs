using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>A read every customer message turn makes near its start, begun by <see cref="StateReadAhead"/> alongside
/// the state read so that both travel to the store together instead of one after the other. The implementation keeps
/// what it started in the turn's state for its own service to take.</summary>
public interface ITurnReadAhead
{
    /// <summary>Begins the read for <paramref name="turnContext"/> (a message with a conversation and a sender) without
    /// waiting for it.</summary>
    void Begin(ITurnContext turnContext, CancellationToken cancellationToken);
}
