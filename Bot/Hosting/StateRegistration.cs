using Microsoft.Bot.Builder;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Faults;
using SupportBot.Bot.ScaleOut;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs.Main;

namespace SupportBot.Bot.Hosting;

/// <summary>Bot state over the configured storage, the shared Redis connection and the distributed cache.</summary>
public static class StateRegistration
{
    /// <summary>Registers <see cref="IStorage"/> (Memory or Redis), conversation and user state, and
    /// <c>IDistributedCache</c> (Redis when a connection string is configured, memory otherwise).</summary>
    public static IServiceCollection AddBotState(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddTimeProvider();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        services.AddOptions<StateOptions>()
            .BindConfiguration(StateOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StateOptions>, StateOptionsValidator>();

        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var redis = sp.GetRequiredService<IOptions<RedisOptions>>().Value;
            var options = ConfigurationOptions.Parse(redis.ConnectionString!);
            // Start even while Redis is down, and keep reconnecting: requests fail fast until it is back.
            options.AbortOnConnectFail = false;
            // Replies complete on the .NET thread pool instead of the client's own dedicated one: every turn makes
            // several round trips, and handing each reply to a dedicated thread (lock, pulse, wake) cost more CPU
            // than the turn's own Redis work. The code above it is async throughout, so nothing blocks the pool.
            options.SocketManager = SocketManager.ThreadPool;
            RedisTimeouts.Apply(options, redis);
            return ConnectionMultiplexer.Connect(options);
        });

        // Signing keys not configured are shared by the instances through Redis (when there is one).
        services.AddSingleton<SharedKeys>();
        services.AddSingleton(new StateTypeRegistry(PersistedStateTypes.All));
        services.AddSingleton<StateSerializer>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StateOptions>>().Value.Provider switch
        {
            StateProvider.Redis => ActivatorUtilities.CreateInstance<RedisStorage>(sp),
            _ => ActivatorUtilities.CreateInstance<InMemoryStorage>(sp),
        });
        services.AddSingleton<StateReadAhead>();
        // Both backends are JSON stores: state changes are told by the stored JSON, not by the SDK's Json.NET hashes.
        services.AddSingleton<ConversationState>(sp => new TrackedConversationState((JsonStorage)sp.GetRequiredService<IStorage>()));
        services.AddSingleton<UserState>(sp => new TrackedUserState((JsonStorage)sp.GetRequiredService<IStorage>()));

        if (!string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.ConnectionString)}"]))
        {
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((cache, sp) =>
            {
                cache.InstanceName = sp.GetRequiredService<IOptions<StateOptions>>().Value.KeyPrefix + "cache:";
                cache.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
            });
        }
        else
        {
            services.AddDistributedMemoryCache();
        }

        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
