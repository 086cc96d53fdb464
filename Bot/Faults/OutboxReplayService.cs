using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Faults;

/// <summary>Replays the <see cref="LocalOutbox"/> into the stores every <see cref="OutboxOptions.ReplayInterval"/>:
/// survey records are written, escalations are queued (once per id, even when another instance replays or created the
/// same one) and the agents are told as usual. A pass stops at the first store outage and tries again next time.</summary>
public sealed partial class OutboxReplayService(
    LocalOutbox outbox,
    EscalationService escalations,
    ISurveyStore surveys,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxReplayService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>One pass: replays every waiting entry; returns how many were replayed. Passes never overlap.</summary>
    public async Task<int> ReplayAsync(CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var replayed = 0;
            foreach (var entry in await outbox.ListAsync(cancellationToken))
            {
                try
                {
                    await ReplayAsync(entry, cancellationToken);
                    replayed++;
                }
                catch (Exception e) when (StoreOutage.Is(e))
                {
                    LogStillDown(e);
                    break;
                }
            }

            return replayed;
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReplayInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReplayAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(e);
            }
        }
    }

    private async Task ReplayAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        switch (entry.Kind)
        {
            case LocalOutbox.Escalation:
                var escalation = RecordJson.Deserialize<EscalationCase>(entry.Json);
                var queued = await escalations.QueueAsync(escalation, cancellationToken);
                await outbox.RemoveAsync(entry, cancellationToken);
                LogEscalationReplayed(entry.Id, queued);
                break;
            case LocalOutbox.Survey when surveys is OutboxSurveyStore store:
                await store.ReplayAsync(entry, cancellationToken);
                LogSurveyReplayed(entry.Id);
                break;
            default:
                LogUnknownEntry(entry.Kind, entry.Id);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: escalation {EscalationId} replayed (newly queued: {Queued})")]
    private partial void LogEscalationReplayed(string escalationId, bool queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: survey record {SurveyId} replayed")]
    private partial void LogSurveyReplayed(string surveyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: entry {Kind}/{Id} has no store to replay into; it is kept")]
    private partial void LogUnknownEntry(string kind, string id);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox: the store is still unavailable; the next pass tries again")]
    private partial void LogStillDown(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox replay pass failed")]
    private partial void LogPassFailed(Exception exception);
}
