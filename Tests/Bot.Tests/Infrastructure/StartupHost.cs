namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>A generic host started the way the bot starts (so <c>ValidateOnStart</c> runs), for start-up validation tests.</summary>
internal static class StartupHost
{
    /// <summary>Builds a host with <paramref name="settings"/> as configuration and what <paramref name="register"/> adds,
    /// and starts it; a host that fails to start is disposed and the failure rethrown.</summary>
    public static async Task<IHost> StartAsync(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        register(builder.Services, builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
