using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Escalation;

/// <summary>Watches the queue: flags escalations past their SLA (listeners re-notify agents and alert supervisors), and
/// when a request has waited longer than <see cref="EscalationOptions.NoClaimTimeout"/> in business hours, apologises to
/// the customer and offers a callback (once); one still waiting after <see cref="EscalationOptions.ExpireAfter"/> expires, and a
/// follow-up question unanswered after <see cref="EscalationOptions.FollowUpWindow"/> is settled. Every instance may run it: each change is compare-and-set, so one wins.</summary>
public sealed partial class EscalationMonitor(
    EscalationService escalations,
    CustomerMessenger messenger,
    BusinessHours hours,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    ILogger<EscalationMonitor> logger) : BackgroundService
{
    /// <summary>One pass over the queue.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // Every rule of the pass needs an escalation at least this old (an SLA runs from creation, a follow-up is closed
        // after it), so the pass reads those only, once: a long queue of fresh escalations costs it nothing.
        var settings = options.Value;
        var youngestDue = new[] { settings.ShortestSla, settings.NoClaimTimeout, settings.ExpireAfter, settings.FollowUpWindow }.Min();
        var open = await escalations.Store.ListOpenCreatedUntilAsync(now - youngestDue, cancellationToken);
        await escalations.FlagSlaBreachesAsync(open, cancellationToken);
        foreach (var stale in open.Where(e => e.Status == EscalationStatus.Waiting && now - e.CreatedAt >= settings.ExpireAfter))
        {
            await escalations.ExpireAsync(stale.Id, cancellationToken);
        }

        foreach (var unanswered in open.Where(e => e is { Status: EscalationStatus.Resolved, FollowUpPending: true }
                     && now - (e.ClosedAt ?? e.UpdatedAt) >= settings.FollowUpWindow))
        {
            await escalations.RecordFollowUpAsync(unanswered.Id, null, cancellationToken);
        }

        if (!hours.IsOpen(now))
        {
            return;
        }

        foreach (var waiting in open)
        {
            if (waiting.Status != EscalationStatus.Waiting || waiting.CallbackOfferedAt is not null || now - waiting.CreatedAt >= settings.ExpireAfter
                || now - waiting.CreatedAt < settings.NoClaimTimeout)
            {
                continue;
            }

            try
            {
                var offered = await escalations.OfferCallbackAsync(waiting.Id, cancellationToken);
                if (offered.Succeeded
                    && !await messenger.SendAsync(offered.Escalation!, [Texts.For(waiting.Request.Language).HandoffNoClaimYet], cancellationToken))
                {
                    LogNoReference(waiting.Id);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One unreachable customer must not stop the rest of the pass.
                LogOfferFailed(e, waiting.Id);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MonitorInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId} waited too long but has no conversation reference to offer a callback")]
    private partial void LogNoReference(string escalationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not offer a callback for escalation {EscalationId}")]
    private partial void LogOfferFailed(Exception exception, string escalationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the escalation monitor failed; the next one retries")]
    private partial void LogPassFailed(Exception exception);
}
