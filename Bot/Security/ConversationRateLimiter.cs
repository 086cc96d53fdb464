using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Security;

/// <summary>The per-conversation limit of <c>/api/messages</c>. The conversation is only known once the body is read
/// and the caller authenticated, so the endpoint asks this limiter itself instead of naming a middleware policy.</summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    /// <summary>Creates the limiter from <see cref="RateLimitOptions.MessagesPerConversationPerMinute"/> (0: no limit).</summary>
    public ConversationRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.MessagesPerConversationPerMinute;
        if (permits > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        }
    }

    /// <summary>Takes one permit for the conversation; the lease says whether it was granted (dispose it).</summary>
    public RateLimitLease Acquire(string channelId, string conversationId)
        => _limiter?.AttemptAcquire(channelId + "|" + conversationId) ?? Granted.Instance;

    /// <inheritdoc />
    public void Dispose() => _limiter?.Dispose();

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
