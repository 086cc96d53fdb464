using System.Net;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>The gaps <see cref="DirectLineSecurityTests"/> leaves in token scoping: stream URLs and stream tokens, what a
/// conversation token may start or refresh, and an expired token on every route.</summary>
public sealed class DirectLineTokenScopeTests
{
    [Fact]
    public async Task AStreamUrl_OpensOnlyItsOwnConversation_AndTokensOfOneKindAreNotTheOther()
    {
        await using var host = await BotHost.StartAsync();
        using var a = new DirectLineClient(host);
        using var b = new DirectLineClient(host);
        await a.ConnectAsync();
        await b.ConnectAsync();
        var streamToken = Uri.UnescapeDataString(a.StreamUrl!.Split("t=")[1]);
        var plain = a.StreamUrl!.Replace("ws://", "http://", StringComparison.Ordinal);

        foreach (var (url, what) in new[]
        {
            (plain.Replace(a.ConversationId!, b.ConversationId!, StringComparison.Ordinal), "a stream URL on another conversation"),
            (plain.Replace(Uri.EscapeDataString(streamToken), Uri.EscapeDataString(a.Token!), StringComparison.Ordinal), "a conversation token as t="),
        })
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(new Uri(url));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode}");
        }

        // The stream token is no bearer token: it reads nothing, posts nothing, refreshes nothing.
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"conversations/{a.ConversationId}/activities"),
            (HttpMethod.Post, $"conversations/{a.ConversationId}/activities"),
            (HttpMethod.Post, "tokens/refresh"),
            (HttpMethod.Post, $"conversations/{a.ConversationId}/upload"),
        })
        {
            using var response = await a.SendAsync(method, path, method == HttpMethod.Post ? """{"type":"message","text":"hola"}""" : null, bearer: streamToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} with a stream token: {(int)response.StatusCode}");
        }

        // And a token of conversation A cannot open B's stream through the bearer route either.
        using var socketRoute = await a.SendAsync(HttpMethod.Get, $"conversations/{b.ConversationId}/stream");
        Assert.Equal(HttpStatusCode.Forbidden, socketRoute.StatusCode);
    }

    [Fact]
    public async Task AConversationToken_StartsAndRefreshesOnlyItsOwnConversation()
    {
        await using var host = await BotHost.StartAsync();
        using var client = new DirectLineClient(host);
        await client.ConnectAsync();
        var own = client.ConversationId!;

        using (var start = await client.SendAsync(HttpMethod.Post, "conversations", """{"user":{"id":"dl_someone-else"}}"""))
        {
            var started = await DirectLineClient.JsonAsync(start);
            Assert.Equal(own, (string)started["conversationId"]!);
            Assert.Equal(client.UserId, DirectLineClient.UserOf((string)started["token"]!));
        }

        using var refresh = await client.SendAsync(HttpMethod.Post, "tokens/refresh", """{"conversationId":"someone-elses"}""");
        var refreshed = await DirectLineClient.JsonAsync(refresh);
        Assert.Equal(own, (string)refreshed["conversationId"]!);
        Assert.Equal(client.UserId, DirectLineClient.UserOf((string)refreshed["token"]!));
    }

    [Fact]
    public async Task AnExpiredToken_IsRefusedOnEveryRoute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(clock));
        using var client = new DirectLineClient(host);
        await client.ConnectAsync();
        clock.Advance(TimeSpan.FromHours(1));
        var id = client.ConversationId;

        foreach (var (method, path, body) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Post, "conversations", string.Empty),
            (HttpMethod.Get, $"conversations/{id}", null),
            (HttpMethod.Get, $"conversations/{id}/activities", null),
            (HttpMethod.Post, $"conversations/{id}/activities", """{"type":"message","text":"hola"}"""),
            (HttpMethod.Post, $"conversations/{id}/upload", "x"),
            (HttpMethod.Get, $"conversations/{id}/stream", null),
            (HttpMethod.Post, "tokens/refresh", string.Empty),
        })
        {
            using var response = await client.SendAsync(method, path, body);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
    }
}
