using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Storage;

/// <summary>Tells whether a <see cref="BotState"/> kept in a <see cref="JsonStorage"/> changed in a turn by the JSON it is
/// stored as. The SDK's <see cref="BotState"/> tells it by serialising the whole state with Json.NET when it is loaded,
/// again when it is saved, and once more after the write: three extra passes over a conversation's dialog stack and
/// two over the customer's profile on every turn. Here the JSON read from the store is kept for the turn, and a save
/// serialises the state once and writes that same JSON only when it differs. The SDK's rules otherwise hold: a state
/// never loaded is never saved, <c>force</c> always writes, a cleared state always writes, and ETags guard every write.
/// Used by <see cref="TrackedConversationState"/> and <see cref="TrackedUserState"/>.</summary>
public sealed class StoredJsonTracking(JsonStorage storage, string name)
{
    // Turn-state key of the JSON the store holds for this state, in a box: the turn saves conversation and user state
    // at once, and a save then only changes its own box, never the turn-state dictionary they share. No box, or an
    // empty one, means "write on the next save".
    private readonly string _storedKey = "SupportBot.StoredJson." + name;
    private string? _emptyJson;

    /// <summary>Whether <paramref name="state"/> must be read from the store for this turn.</summary>
    public static bool NeedsLoad(BotState state, ITurnContext turnContext, bool force)
    {
        ArgumentNullException.ThrowIfNull(state);
        return force || state.GetCachedState(turnContext)?.State is null;
    }

    /// <summary>Reads the state's item and its stored JSON.</summary>
    public Task<(object? Item, string? Json)> ReadAsync(string storageKey, CancellationToken cancellationToken)
        => storage.ReadWithJsonAsync(storageKey, cancellationToken);

    /// <summary>Puts what <see cref="ReadAsync"/> read into the turn's cache of <paramref name="state"/>, which the
    /// caller has just cleared (the SDK's own way to install a fresh cache), and remembers its JSON.</summary>
    public void Install(BotState state, ITurnContext turnContext, (object? Item, string? Json) read)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = state.GetCachedState(turnContext) ?? throw new InvalidOperationException("The state's turn cache was not created.");
        cached.State = read.Item switch
        {
            null => new Dictionary<string, object>(),
            IDictionary<string, object> dictionary => dictionary,
            JObject json => json.ToObject<Dictionary<string, object>>() ?? [],
            _ => throw new InvalidOperationException("Data is not in the correct format for BotState."),
        };
        turnContext.TurnState[_storedKey] = new StrongBox<string?>(read.Json ?? (_emptyJson ??= storage.ToStoredJson(new Dictionary<string, object>())));
    }

    /// <summary>Writes the turn's cache of <paramref name="state"/> when its JSON differs from the stored one (or
    /// always, with <paramref name="force"/>).</summary>
    public async Task SaveAsync(BotState state, ITurnContext turnContext, string storageKey, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (state.GetCachedState(turnContext)?.State is not { } values)
        {
            return;
        }

        var json = storage.ToStoredJson(values);
        var stored = turnContext.TurnState.Get<StrongBox<string?>>(_storedKey);
        if (!force && string.Equals(stored?.Value, json, StringComparison.Ordinal))
        {
            return;
        }

        await storage.WriteJsonAsync(storageKey, values, json, cancellationToken);
        if (stored is null)
        {
            turnContext.TurnState[_storedKey] = new StrongBox<string?>(json);
        }
        else
        {
            stored.Value = json;
        }
    }

    /// <summary>Forgets the stored JSON: the next save writes.</summary>
    public void Forget(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[_storedKey] = new StrongBox<string?>(null);
    }
}
