using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>One real bot (Kestrel, production composition, two agents) and one local Bot Connector for a test class;
/// every test talks as its own customer, so the tests of a class share them safely.</summary>
public sealed class ChannelBot : IAsyncLifetime
{
    public BotHost Host { get; private set; } = null!;

    public ConnectorServer Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await ConnectorServer.StartAsync();
        Host = await BotHost.StartAsync(EscalationScenario.Settings("nobody:none"));
    }

    public ChannelCustomer Customer(string channelId, string locale) => new(Host, Connector, ChannelShape.For(channelId), locale);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Every channel in Spanish and in English.</summary>
    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var channel in ChannelShape.Ids)
        {
            data.Add(channel, "es-ES");
            data.Add(channel, "en-US");
        }

        return data;
    }
}
