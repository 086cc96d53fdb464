using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using SupportBot.Bot.Agents;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Storage;
using SignalRRedisOptions = Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisOptions;

namespace SupportBot.Bot.Hosting;

/// <summary>The agent console's live side: the SignalR hub, the notifier that feeds it and, with
/// <c>Redis:ConnectionString</c> set, the Redis backplane that lets several instances share its events.</summary>
public static class AgentConsoleRegistration
{
    /// <summary>Registers SignalR and the queue notifier for the console.</summary>
    public static IServiceCollection AddAgentConsole(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var signalR = services.AddSignalR()
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        if (!string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.ConnectionString)}"]))
        {
            signalR.AddStackExchangeRedis();
            services.AddOptions<SignalRRedisOptions>().Configure<IOptions<RedisOptions>, IOptions<StateOptions>>((backplane, redis, state) =>
            {
                // Its own subscriber connection (pub/sub), to the same server and under the same key prefix as the
                // state, so two deployments sharing a Redis never hear each other's agents.
                backplane.Configuration = ConfigurationOptions.Parse(redis.Value.ConnectionString!);
                backplane.Configuration.AbortOnConnectFail = false;
                backplane.Configuration.ChannelPrefix = RedisChannel.Literal(state.Value.KeyPrefix + "signalr:");
            });
        }

        services.AddSingleton<IEscalationNotifier, SignalREscalationNotifier>();
        return services;
    }
}
