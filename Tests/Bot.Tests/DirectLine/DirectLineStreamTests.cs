using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Net.WebSockets;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The <c>streamUrl</c> WebSocket over a real socket (System.Net.WebSockets.ClientWebSocket): the backlog
/// (greeting) first, then echoes and replies as they happen, keep-alive frames, the client's empty frames, resuming
/// from a watermark, and who may open it.</summary>
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["DirectLine:KeepAliveInterval"] = "00:00:00.200",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Stream_DeliversTheGreeting_ThenTheEchoAndTheReply_WithWatermarks()
    {
        var t = Texts.Spanish;
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await using var stream = await client.OpenStreamAsync();

        await stream.WaitForAsync(a => DirectLineClient.IsBotMessage(a, t.Welcome("SupportBot")), "greeting");
        var (clientActivityId, id) = await client.SayAsync(t.MenuSurvey);
        var echo = await stream.WaitForAsync(a => (string?)a["channelData"]?["clientActivityID"] == clientActivityId, "echo");
        var reply = await stream.WaitForAsync(a => DirectLineClient.IsBotMessage(a, t.SurveyAskCsat), "reply");

        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.True(stream.Activities.ToList().IndexOf(echo) < stream.Activities.ToList().IndexOf(reply));
        Assert.NotNull(stream.Watermark);

        // Polling from the stream's watermark finds nothing the stream did not already deliver.
        client.Watermark = stream.Watermark;
        Assert.DoesNotContain(await client.PollAsync(), a => (string?)a["id"] == id);
    }

    [Fact]
    public async Task Stream_SendsEmptyKeepAlives_AndToleratesTheClientsEmptyFrames()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await using var stream = await client.OpenStreamAsync();
        await stream.WaitForAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        await stream.SendEmptyAsync();
        await stream.SendEmptyAsync();
        await stream.WaitForEmptyFramesAsync(3);
        await client.SayAsync("hola");

        await stream.WaitForAsync(a => (string?)a["text"] == "hola", "echo after the client's empty frames");
        Assert.False(stream.Closed);
    }

    [Fact]
    public async Task Stream_FromAReconnectWatermark_SkipsWhatWasSeen_AndCarriesTypingAndUpdates()
    {
        using var client = new DirectLineClient(_host);
        await client.ConnectAsync();
        await client.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), "greeting");
        using var resumed = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark={client.Watermark}");
        var streamUrl = (string)(await DirectLineClient.JsonAsync(resumed))["streamUrl"]!;

        await using var stream = await client.OpenStreamAsync(streamUrl);
        var channel = _host.Services.GetRequiredService<EmbeddedChannel>();
        using var connector = await channel.CreateAsync(EmbeddedConnector.ServiceUrl.ToString(), "audience", CancellationToken.None);
        await connector.Conversations.SendToConversationAsync(client.ConversationId, new Activity { Type = ActivityTypes.Typing });
        var sent = await connector.Conversations.SendToConversationAsync(client.ConversationId, new Activity { Type = ActivityTypes.Message, Text = "v1" });
        await connector.Conversations.UpdateActivityAsync(client.ConversationId, sent.Id, new Activity { Type = ActivityTypes.Message, Id = sent.Id, Text = "v2" });

        await stream.WaitForAsync(a => (string?)a["type"] == "typing", "typing");
        await stream.WaitForAsync(a => (string?)a["text"] == "v2", "update");
        Assert.DoesNotContain(stream.Activities, a => DirectLineClient.IsBotMessage(a, Texts.Spanish.Welcome("SupportBot")));
        // An update is the same id again with a new watermark (Web Chat replaces it in place); a reader that comes
        // after the update only ever sees the new version.
        Assert.Equal("v2", (string?)stream.Activities.Last(a => (string?)a["id"] == sent.Id)["text"]);
    }

    [Fact]
    public async Task Stream_RefusesOtherConversationsForgedTokensAndPlainHttp()
    {
        using var a = new DirectLineClient(_host);
        using var b = new DirectLineClient(_host);
        await a.ConnectAsync();
        await b.ConnectAsync();
        var aStream = new Uri(a.StreamUrl!);
        var bStream = new Uri(b.StreamUrl!);
        var bToken = bStream.Query.Split("t=")[1];

        var crossed = $"{aStream.GetLeftPart(UriPartial.Path)}?t={bToken}";
        var forged = $"{aStream.GetLeftPart(UriPartial.Path)}?t={Uri.EscapeDataString(a.Token!)}";
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(crossed.Replace("ws://", "http://", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(forged.Replace("ws://", "http://", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync(a.StreamUrl!.Replace("ws://", "http://", StringComparison.Ordinal))).StatusCode);
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(crossed), CancellationToken.None));
    }

    [Fact]
    public async Task Stream_OfOneConversation_NeverCarriesAnothers()
    {
        using var a = new DirectLineClient(_host);
        using var b = new DirectLineClient(_host);
        await a.ConnectAsync();
        await b.ConnectAsync();
        await using var aStream = await a.OpenStreamAsync();

        await b.SayAsync("secreto de b");
        await a.SayAsync("hola de a");

        await aStream.WaitForAsync(x => (string?)x["text"] == "hola de a", "a's own echo");
        Assert.All(aStream.Activities, x => Assert.Equal(a.ConversationId, (string?)x["conversation"]?["id"]));
        Assert.DoesNotContain(aStream.Activities, x => (string?)x["text"] == "secreto de b");
    }

    [Fact]
    public async Task Stream_IsClosedAsGoingAway_WhenTheHostStops()
    {
        var host = await BotHost.StartAsync();
        using var client = new DirectLineClient(host);
        await client.ConnectAsync();
        await using var stream = await client.OpenStreamAsync();
        await stream.WaitForAsync(a => DirectLineClient.IsBotMessage(a), "greeting");

        var stopping = Stopwatch.StartNew();
        await host.DisposeAsync();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {stopping.Elapsed}");
        await stream.WaitForClosedAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, stream.CloseStatus);
    }
}
