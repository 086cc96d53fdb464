using Microsoft.Extensions.Options;
using SupportBot.Bot.Telemetry;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Escalation;

/// <summary>The retention queue's rules: creates escalations with their SLA, and moves them through
/// <c>waiting → claimed → live → resolved</c> (or callback requested, expired, cancelled). Every change is a
/// compare-and-set on the store, retried when another instance changed something else in between, and refused when
/// the escalation is no longer in a state that allows it.</summary>
public sealed partial class EscalationService(
    IEscalationStore store,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    IEnumerable<IEscalationNotifier> notifiers,
    ILogger<EscalationService> logger,
    SupportBotMetrics? metrics = null)
{
    private const int MaxAttempts = 8;

    /// <summary>The queue's clock.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The store behind the queue.</summary>
    public IEscalationStore Store => store;

    /// <summary>Queues a new escalation.</summary>
    public async Task<EscalationCase> CreateAsync(
        EscalationRequest request, string summary, IReadOnlyList<TranscriptEntry> history, string? conversationReference, CancellationToken cancellationToken)
    {
        var escalation = NewCase(request, summary, history, conversationReference);
        await QueueAsync(escalation, cancellationToken);
        return escalation;
    }

    /// <summary>A new escalation with its id and SLA, not stored yet (see <see cref="QueueAsync"/>).</summary>
    public EscalationCase NewCase(EscalationRequest request, string summary, IReadOnlyList<TranscriptEntry> history, string? conversationReference)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        return new EscalationCase
        {
            Id = Guid.NewGuid().ToString("N"),
            Request = request,
            Summary = summary,
            ConversationReference = conversationReference,
            History = [.. history],
            Status = EscalationStatus.Waiting,
            CreatedAt = now,
            UpdatedAt = now,
            SlaDueAt = now + options.Value.SlaFor(request.Decision.Priority),
        };
    }

    /// <summary>Stores a new escalation and tells the listeners; false (and nobody told) when its id is already stored,
    /// so replaying the same escalation twice, or from two instances at once, queues it once.</summary>
    public async Task<bool> QueueAsync(EscalationCase escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (await store.GetAsync(escalation.Id, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await store.AddAsync(escalation, cancellationToken);
        }
        catch (Exception e) when (!Faults.StoreOutage.Is(e) && e is not OperationCanceledException)
        {
            // Another instance stored the same id between the check and the add: it told the listeners.
            if (await store.GetAsync(escalation.Id, cancellationToken) is not null)
            {
                return false;
            }

            throw;
        }

        metrics?.EscalationQueued(escalation);
        await PublishAsync(new EscalationNotification(EscalationNotificationKind.Created, escalation), cancellationToken);
        return true;
    }

    /// <summary>Adds a line to the escalation's live chat and tells the listeners.</summary>
    public async Task<TranscriptEntry> AppendMessageAsync(EscalationCase escalation, TranscriptEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var stored = await store.AppendMessageAsync(escalation.Id, entry, cancellationToken);
        await PublishAsync(new EscalationNotification(EscalationNotificationKind.Message, escalation, stored), cancellationToken);
        return stored;
    }

    /// <summary>An agent takes a waiting escalation (or a callback). Exactly one of several agents claiming at once wins.</summary>
    public async Task<EscalationChange> ClaimAsync(string id, string agentId, CancellationToken cancellationToken)
    {
        var change = await ChangeAsync(id, e =>
        {
            if (e.Status is not (EscalationStatus.Waiting or EscalationStatus.CallbackRequested))
            {
                return false;
            }

            e.Status = EscalationStatus.Claimed;
            e.ClaimedBy = agentId;
            e.ClaimedAt = time.GetUtcNow();
            return true;
        }, cancellationToken);
        if (change is { Succeeded: true, Escalation: { } claimed })
        {
            metrics?.EscalationClaimed(claimed);
        }

        return change;
    }

    /// <summary>The agent who claimed it starts talking to the customer (not after the customer left the chat).</summary>
    public Task<EscalationChange> GoLiveAsync(string id, string agentId, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.ClaimedBy != agentId || e.Status is not (EscalationStatus.Claimed or EscalationStatus.Live) || e.CustomerLeftAt is not null)
        {
            return false;
        }

        e.Status = EscalationStatus.Live;
        return true;
    }, cancellationToken);

    /// <summary>The agent who claimed it closes it with an outcome and a note.</summary>
    public Task<EscalationChange> ResolveAsync(string id, string agentId, EscalationOutcome outcome, string? note, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.ClaimedBy != agentId || e.Status is not (EscalationStatus.Claimed or EscalationStatus.Live))
        {
            return false;
        }

        e.Status = EscalationStatus.Resolved;
        e.Outcome = outcome;
        e.AgentNote = note;
        e.ClosedAt = time.GetUtcNow();
        return true;
    }, cancellationToken);

    /// <summary>The customer asks to be called back (out of hours, or nobody claimed in time).</summary>
    public Task<EscalationChange> RequestCallbackAsync(string id, CallbackRequest callback, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status != EscalationStatus.Waiting)
        {
            return false;
        }

        e.Status = EscalationStatus.CallbackRequested;
        e.Callback = callback;
        return true;
    }, cancellationToken);

    /// <summary>Records that the bot offered a callback because nobody claimed it in time (once).</summary>
    public Task<EscalationChange> OfferCallbackAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status != EscalationStatus.Waiting || e.CallbackOfferedAt is not null)
        {
            return false;
        }

        e.CallbackOfferedAt = time.GetUtcNow();
        return true;
    }, cancellationToken);

    /// <summary>The customer withdraws a request nobody has taken yet.</summary>
    public Task<EscalationChange> CancelAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status is not (EscalationStatus.Waiting or EscalationStatus.CallbackRequested))
        {
            return false;
        }

        e.Status = EscalationStatus.Cancelled;
        e.ClosedAt = time.GetUtcNow();
        return true;
    }, cancellationToken);

    /// <summary>Nobody took it and the customer did not ask for a callback.</summary>
    public Task<EscalationChange> ExpireAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status != EscalationStatus.Waiting)
        {
            return false;
        }

        e.Status = EscalationStatus.Expired;
        e.ClosedAt = time.GetUtcNow();
        return true;
    }, cancellationToken);

    /// <summary>The bot asked the customer the follow-up question after the agent closed the case.</summary>
    public Task<EscalationChange> MarkFollowUpAskedAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status != EscalationStatus.Resolved || e.FollowUpScore is not null)
        {
            return false;
        }

        e.FollowUpPending = true;
        return true;
    }, cancellationToken);

    /// <summary>Stores the customer's answer (1–5) to the follow-up question after a resolved escalation; null records
    /// that the customer moved on without answering.</summary>
    public Task<EscalationChange> RecordFollowUpAsync(string id, int? score, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status != EscalationStatus.Resolved || score is < 1 or > 5)
        {
            return false;
        }

        e.FollowUpScore = score;
        e.FollowUpPending = false;
        return true;
    }, cancellationToken);

    /// <summary>The agent id recorded when an external agent hub takes a conversation.</summary>
    public const string ExternalHubAgent = "external-hub";

    /// <summary>An external agent hub accepted the conversation (handoff protocol).</summary>
    public Task<EscalationChange> HubAcceptedAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status is not (EscalationStatus.Waiting or EscalationStatus.CallbackRequested))
        {
            return false;
        }

        e.Status = EscalationStatus.Live;
        e.ClaimedBy = ExternalHubAgent;
        e.ClaimedAt = time.GetUtcNow();
        return true;
    }, cancellationToken);

    /// <summary>The external agent hub could not take it: it is ours to handle again.</summary>
    public Task<EscalationChange> HubFailedAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status == EscalationStatus.Waiting)
        {
            return true;
        }

        if (e.ClaimedBy != ExternalHubAgent || e.Status is not (EscalationStatus.Claimed or EscalationStatus.Live))
        {
            return false;
        }

        e.Status = EscalationStatus.Waiting;
        e.ClaimedBy = null;
        e.ClaimedAt = null;
        return true;
    }, cancellationToken);

    /// <summary>The external agent hub finished: closed here (the hub keeps its own outcome), follow-up question pending.</summary>
    public Task<EscalationChange> HubCompletedAsync(string id, string? message, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.ClaimedBy != ExternalHubAgent || e.Status is not (EscalationStatus.Claimed or EscalationStatus.Live))
        {
            return false;
        }

        e.Status = EscalationStatus.Resolved;
        e.AgentNote = string.IsNullOrWhiteSpace(message) ? "Completed in the external agent hub." : message;
        e.ClosedAt = time.GetUtcNow();
        e.FollowUpPending = true;
        return true;
    }, cancellationToken);

    /// <summary>Keeps the latest way to reach the customer's conversation (the channel may move the service URL). Not an
    /// event: nothing a listener shows changes, and it happens on every customer message of a live chat.</summary>
    public Task<EscalationChange> UpdateConversationReferenceAsync(string id, string conversationReference, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        e.ConversationReference = conversationReference;
        return true;
    }, notify: false, cancellationToken);

    /// <summary>Remembers where the escalation's card was posted in Teams. Not an event of its own: the card already
    /// shows what listeners would hear.</summary>
    public Task<EscalationChange> AttachTeamsCardAsync(string id, string threadReference, string cardActivityId, CancellationToken cancellationToken)
        => ChangeAsync(id, e =>
        {
            e.TeamsThreadReference = threadReference;
            e.TeamsCardActivityId = cardActivityId;
            return true;
        }, notify: false, cancellationToken);

    /// <summary>The customer left the live chat; the case stays with the agent to close.</summary>
    public Task<EscalationChange> CustomerLeftAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, e =>
    {
        if (e.Status != EscalationStatus.Live || e.CustomerLeftAt is not null)
        {
            return false;
        }

        e.CustomerLeftAt = time.GetUtcNow();
        return true;
    }, cancellationToken);

    /// <summary>Marks waiting escalations past their SLA (once each) and returns them, for re-notification and a supervisor alert.</summary>
    public async Task<IReadOnlyList<EscalationCase>> FlagSlaBreachesAsync(CancellationToken cancellationToken)
    {
        // An escalation's SLA is at least the shortest one from its creation: younger ones cannot be due yet.
        var candidates = await store.ListOpenCreatedUntilAsync(time.GetUtcNow() - options.Value.ShortestSla, cancellationToken);
        return await FlagSlaBreachesAsync(candidates, cancellationToken);
    }

    /// <summary>The same among <paramref name="candidates"/>, open escalations already read (the monitor reads once per
    /// pass); any of them not waiting, already flagged or not yet due is left alone.</summary>
    public async Task<IReadOnlyList<EscalationCase>> FlagSlaBreachesAsync(IEnumerable<EscalationCase> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var now = time.GetUtcNow();
        var flagged = new List<EscalationCase>();
        foreach (var open in candidates)
        {
            if (open.Status != EscalationStatus.Waiting || open.SlaBreachedAt is not null || open.SlaDueAt > now)
            {
                continue;
            }

            var change = await ChangeAsync(open.Id, e =>
            {
                if (e.Status != EscalationStatus.Waiting || e.SlaBreachedAt is not null)
                {
                    return false;
                }

                e.SlaBreachedAt = now;
                return true;
            }, cancellationToken);
            if (change.Succeeded)
            {
                flagged.Add(change.Escalation!);
                await PublishAsync(new EscalationNotification(EscalationNotificationKind.SlaBreached, change.Escalation!), cancellationToken);
            }
        }

        return flagged;
    }

    private Task<EscalationChange> ChangeAsync(string id, Func<EscalationCase, bool> apply, CancellationToken cancellationToken)
        => ChangeAsync(id, apply, notify: true, cancellationToken);

    private async Task<EscalationChange> ChangeAsync(string id, Func<EscalationCase, bool> apply, bool notify, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var escalation = await store.GetAsync(id, cancellationToken);
            if (escalation is null)
            {
                return new EscalationChange(EscalationChangeStatus.NotFound, null);
            }

            var version = escalation.Version;
            if (!apply(escalation))
            {
                return new EscalationChange(EscalationChangeStatus.NotAllowed, escalation);
            }

            escalation.UpdatedAt = time.GetUtcNow();
            if (await store.TryReplaceAsync(escalation, version, cancellationToken))
            {
                if (!notify)
                {
                    return new EscalationChange(EscalationChangeStatus.Done, escalation);
                }

                await PublishAsync(new EscalationNotification(EscalationNotificationKind.Changed, escalation), cancellationToken);
                return new EscalationChange(EscalationChangeStatus.Done, escalation);
            }
        }

        // Constant contention: report the state as it stands; the caller sees it was not applied.
        return new EscalationChange(EscalationChangeStatus.NotAllowed, await store.GetAsync(id, cancellationToken));
    }

    private async Task PublishAsync(EscalationNotification notification, CancellationToken cancellationToken)
    {
        foreach (var notifier in notifiers)
        {
            try
            {
                await notifier.NotifyAsync(notification, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogNotifierFailed(e, notifier.GetType().Name, notification.Kind, notification.Escalation.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Notifier} failed on {Kind} of escalation {EscalationId}; the change itself is stored")]
    private partial void LogNotifierFailed(Exception exception, string notifier, EscalationNotificationKind kind, string escalationId);
}
