using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using SupportBot.Bot.BotFramework;

namespace SupportBot.Bot.DirectLine;

/// <summary>The embedded Direct Line channel as the adapter sees it: turns for <see cref="EmbeddedConnector.ServiceUrl"/>
/// run in process, with connector clients whose HTTP goes to the in-memory <see cref="EmbeddedConnector"/> and
/// carries no credentials (it never leaves the process, so there is nothing to authenticate against).</summary>
public sealed class EmbeddedChannel(EmbeddedConnector connector) : ConnectorFactory, IInProcessChannel
{
    /// <inheritdoc />
    public ConnectorFactory ConnectorFactory => this;

    /// <inheritdoc />
    public bool Serves(string? serviceUrl) => EmbeddedConnector.Serves(serviceUrl);

    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        if (!Serves(serviceUrl))
        {
            throw new InvalidOperationException($"The embedded Direct Line channel cannot reach '{serviceUrl}'.");
        }

#pragma warning disable CA2000 // the ConnectorClient owns (and disposes) the HttpClient; the handler is a shared singleton
        var http = new HttpClient(connector, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };
        return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty, http, disposeHttpClient: true));
#pragma warning restore CA2000
    }
}
