using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.BotFramework;

/// <summary>A channel hosted inside this process (the embedded Direct Line): its activities never cross
/// <c>/api/messages</c>, and the adapter talks to its connector in memory — for turns it runs and for proactive
/// messages to its <c>serviceUrl</c> alike, with or without a MicrosoftAppId.</summary>
public interface IInProcessChannel
{
    /// <summary>Creates the connector clients for the channel's service URL.</summary>
    ConnectorFactory ConnectorFactory { get; }

    /// <summary>Whether <paramref name="serviceUrl"/> belongs to this channel.</summary>
    bool Serves(string? serviceUrl);
}
