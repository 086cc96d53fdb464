using System.Net;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.ScaleOut;

/// <summary>With Redis and neither <c>DirectLine:Secret</c> nor <c>Orders:InvoiceLinkKey</c> set, the instances share one
/// generated key each: what A signs, B honours. An instance under another key prefix (another deployment) has its own
/// keys and refuses them; a configured secret is used as is and nothing is generated.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedKeysAcrossInstancesTests(RedisServerFixture redis)
{
    private static readonly OrderCaller Caller = new("msteams:29:abc", "a:conv-1");

    [Fact]
    public async Task ADirectLineTokenFromA_WorksOnB_NotInAnotherDeployment()
    {
        var prefix = $"keys-{Guid.NewGuid():N}:";
        await using var a = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix));
        await using var b = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix));
        await using var elsewhere = await BotHost.StartAsync(TwoInstances.Settings(redis, $"keys-{Guid.NewGuid():N}:"));
        using var onA = new DirectLineClient(a);
        await onA.ConnectAsync();

        using var onB = new DirectLineClient(b) { Token = onA.Token, ConversationId = onA.ConversationId };
        using var read = await onB.SendAsync(HttpMethod.Get, $"conversations/{onA.ConversationId}/activities");
        using var onElsewhere = new DirectLineClient(elsewhere) { Token = onA.Token, ConversationId = onA.ConversationId };
        using var refused = await onElsewhere.SendAsync(HttpMethod.Get, $"conversations/{onA.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var connection = await redis.ConnectAsync();
        Assert.Equal(44, (await connection.GetDatabase().StringGetAsync(prefix + "keys:directline-secret")).ToString().Length);
    }

    [Fact]
    public async Task AnInvoiceLinkFromA_DownloadsOnB_NotInAnotherDeployment()
    {
        var prefix = $"keys-{Guid.NewGuid():N}:";
        await using var a = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix));
        await using var b = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix));
        await using var elsewhere = await BotHost.StartAsync(TwoInstances.Settings(redis, $"keys-{Guid.NewGuid():N}:"));
        var path = new Uri(InvoiceEndpoint.PathFor(a.Services.GetRequiredService<SignedInvoiceLinks>().CreateToken("400101", Caller)!), UriKind.Relative);

        using var onB = await b.Client.GetAsync(path);
        using var onElsewhere = await elsewhere.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await onB.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onElsewhere.StatusCode);
    }

    [Fact]
    public async Task ConfiguredKeys_AreUsed_AndNothingIsGenerated()
    {
        var prefix = $"keys-{Guid.NewGuid():N}:";
        var configured = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = "configured-secret-0123456789abcdefghijklmnop",
            ["Orders:InvoiceLinkKey"] = "configured-invoice-key-0123456789abcdefghij",
        };
        await using var a = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix, configured));
        await using var b = await BotHost.StartAsync(TwoInstances.Settings(redis, prefix, configured));
        using var onA = new DirectLineClient(a);
        await onA.ConnectAsync();
        var path = new Uri(InvoiceEndpoint.PathFor(a.Services.GetRequiredService<SignedInvoiceLinks>().CreateToken("400101", Caller)!), UriKind.Relative);

        using var onB = new DirectLineClient(b) { Token = onA.Token, ConversationId = onA.ConversationId };
        using var read = await onB.SendAsync(HttpMethod.Get, $"conversations/{onA.ConversationId}/activities");
        using var invoice = await b.Client.GetAsync(path);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (read.StatusCode, invoice.StatusCode));
        await using var connection = await redis.ConnectAsync();
        Assert.Empty(connection.GetServers()[0].Keys(pattern: prefix + "keys:*").ToList());
    }
}
