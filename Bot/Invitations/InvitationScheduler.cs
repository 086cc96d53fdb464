using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Invitations;

/// <summary>Runs <see cref="InvitationDispatcher"/> every <c>Invitations:PollInterval</c> on every instance (claims keep
/// them from sending twice). The schedule is in the store, so it survives restarts.</summary>
public sealed partial class InvitationScheduler(
    InvitationDispatcher dispatcher, IOptions<InvitationOptions> options, TimeProvider time, ILogger<InvitationScheduler> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store is down or a customer's data is unreadable: the next pass tries again.
                LogPassFailed(e);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A survey invitation pass failed; the next pass tries again")]
    private partial void LogPassFailed(Exception exception);
}
