using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>The transcript log without Redis: the in-memory distributed cache.</summary>
public sealed class CacheTranscriptLogTests : TranscriptLogContractTests
{
    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));

    protected override Task<ITranscriptLog> CreateLogAsync() => ReopenAsync();

    protected override Task<ITranscriptLog> ReopenAsync() => Task.FromResult<ITranscriptLog>(new CacheTranscriptLog(_cache));

    [Fact]
    public async Task TheWholeListIsOneCacheEntry_InTheShapeItAlwaysHad()
    {
        await _cache.SetStringAsync("transcript:c-1", """[{"At":"2026-12-03T09:00:00+00:00","Sender":0,"Text":"hola","AgentId":null,"Sequence":0}]""");

        var read = await new CacheTranscriptLog(_cache).ReadAsync("c-1", CancellationToken.None);

        Assert.Equal([new TranscriptEntry(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), TranscriptSender.Customer, "hola")], read);
    }
}
