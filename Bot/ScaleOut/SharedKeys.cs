using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.ScaleOut;

/// <summary>Signing keys that were not configured, generated once and shared by every instance through Redis: the first
/// instance to start stores a random 256-bit key with <c>SET NX</c> (only if absent, atomic), and every instance, that
/// one included, reads back the key that won. So a Direct Line token or an invoice link signed on one instance is
/// honoured by the others, and a restart keeps the key. Without Redis there is nothing to share: the caller falls back
/// to a per-process key.</summary>
public sealed class SharedKeys(IServiceProvider services, IOptions<RedisOptions> redis, IOptions<StateOptions> state)
{
    private const int KeyBytes = 32;

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(50);

    /// <summary>Whether keys can be shared (<c>Redis:ConnectionString</c> is set).</summary>
    public bool IsAvailable => redis.Value.IsConfigured;

    /// <summary>The shared key called <paramref name="name"/>, created if no instance has made it yet; <see langword="null"/>
    /// when Redis is not configured. Runs at start-up (synchronously, once per key).</summary>
    /// <param name="name">Which key, e.g. <c>directline-secret</c>.</param>
    /// <param name="setting">The setting that would make this unnecessary, named in the error when Redis does not answer.</param>
    /// <exception cref="InvalidOperationException">Redis is configured but does not answer, or holds a malformed key.</exception>
    public byte[]? GetOrCreate(string name, string setting)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var key = (RedisKey)(state.Value.KeyPrefix + "keys:" + name);
        try
        {
            var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();
            // Start-up may get here before the first connection is through (a busy machine starting several things
            // at once), and commands fail at once while there is none: keep asking for the operation timeout.
            var started = TimeProvider.System.GetTimestamp();
            while (true)
            {
                try
                {
                    return Exchange(multiplexer.GetDatabase(), key, setting);
                }
                catch (RedisConnectionException) when (TimeProvider.System.GetElapsedTime(started) < redis.Value.OperationTimeout)
                {
                    Thread.Sleep(RetryPause);
                }
            }
        }
        catch (Exception e) when (e is RedisException or FormatException)
        {
            throw new InvalidOperationException(
                $"{setting} is not set, and the key shared by all instances could not be read from or written to Redis ({key}): {e.Message} " +
                $"Set {setting}, or make Redis:ConnectionString reachable.",
                e);
        }
    }

    private static byte[] Exchange(IDatabase database, RedisKey key, string setting)
    {
        database.StringSet(key, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)), when: When.NotExists);
        var stored = database.StringGet(key);
        var bytes = stored.IsNullOrEmpty ? [] : Convert.FromBase64String(stored.ToString());
        return bytes.Length == KeyBytes
            ? bytes
            : throw new InvalidOperationException($"The shared key {key} in Redis is not a {KeyBytes}-byte base64 value: delete it, or set {setting}.");
    }
}
