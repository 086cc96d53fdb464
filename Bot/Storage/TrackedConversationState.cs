using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Storage;

/// <summary>The SDK's <see cref="ConversationState"/> with change tracking by stored JSON (<see cref="StoredJsonTracking"/>)
/// instead of a Json.NET hash of the whole state at load, at save and after the write.</summary>
public sealed class TrackedConversationState(JsonStorage storage) : ConversationState(storage)
{
    private readonly StoredJsonTracking _tracking = new(storage, nameof(ConversationState));

    /// <inheritdoc />
    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (StoredJsonTracking.NeedsLoad(this, turnContext, force))
        {
            var read = await _tracking.ReadAsync(GetStorageKey(turnContext), cancellationToken);
            await base.ClearStateAsync(turnContext, cancellationToken);
            _tracking.Install(this, turnContext, read);
        }
    }

    /// <inheritdoc />
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return GetCachedState(turnContext) is null
            ? Task.CompletedTask
            : _tracking.SaveAsync(this, turnContext, GetStorageKey(turnContext), force, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.ClearStateAsync(turnContext, cancellationToken);
        _tracking.Forget(turnContext);
    }

    /// <inheritdoc />
    public override async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.DeleteAsync(turnContext, cancellationToken);
        _tracking.Forget(turnContext);
    }
}
