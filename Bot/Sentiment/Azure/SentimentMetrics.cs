using System.Diagnostics.Metrics;
using SupportBot.Bot.Telemetry;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Sentiment telemetry, in the bot's meter <c>SupportBot</c>.</summary>
public sealed class SentimentMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = SupportBotMetrics.MeterName;

    /// <summary>Counter of texts analysed by the fallback analyzer because the configured one failed; tagged
    /// <c>reason</c> (timeout, network, server_error, throttled, unauthorized, forbidden, bad_request,
    /// malformed_response, circuit_open, error).</summary>
    public const string FallbacksCounterName = "supportbot.sentiment.fallbacks";

    private readonly Counter<long> _fallbacks;

    /// <summary>Creates the instruments.</summary>
    public SentimentMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _fallbacks = meter.CreateCounter<long>(FallbacksCounterName, unit: "{text}", description: "Texts analysed by the fallback analyzer.");
    }

    /// <summary>Counts <paramref name="texts"/> texts that fell back for <paramref name="reason"/>.</summary>
    public void Fallback(string reason, int texts) => _fallbacks.Add(texts, new KeyValuePair<string, object?>("reason", reason));
}
