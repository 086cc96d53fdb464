using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Telemetry;

/// <summary>Bot middleware, first in the pipeline: one span (<c>bot.turn</c>, source <c>SupportBot</c>) and one
/// <see cref="SupportBotMetrics.TurnDurationName"/> measurement per incoming activity, on every channel (the embedded
/// Direct Line's turns go through the same adapter). Tags name the channel and activity type, never the text.</summary>
public sealed class TurnTelemetry(SupportBotMetrics metrics, TimeProvider time) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The activity source of the bot's own spans.</summary>
    public const string ActivitySourceName = "SupportBot";

    /// <summary>The name of the span around a turn.</summary>
    public const string TurnSpanName = "bot.turn";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var incoming = turnContext.Activity;
        using var span = Source.StartActivity(TurnSpanName, ActivityKind.Internal);
        span?.SetTag("bot.channel", incoming?.ChannelId);
        span?.SetTag("bot.activity_type", incoming?.Type);
        span?.SetTag("bot.conversation_id", incoming?.Conversation?.Id);
        var started = time.GetTimestamp();
        var failed = true;
        try
        {
            await next(cancellationToken);
            failed = false;
        }
        finally
        {
            span?.SetStatus(failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
            metrics.TurnCompleted(incoming?.ChannelId, incoming?.Type, failed, time.GetElapsedTime(started));
        }
    }
}
