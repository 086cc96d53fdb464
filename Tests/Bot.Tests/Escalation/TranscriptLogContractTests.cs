using SupportBot.Bot.Escalation;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>One contract for every transcript log: lines come back in order and whole, capped at
/// <see cref="ConversationTranscript.MaxLines"/> (the oldest go), one conversation never sees another's, and "another
/// instance" (a second log over the same data) reads what the first appended.</summary>
public abstract class TranscriptLogContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ITranscriptLog> CreateLogAsync();

    /// <summary>A second log over the same data, as another instance would see it.</summary>
    protected abstract Task<ITranscriptLog> ReopenAsync();

    private static CancellationToken None => CancellationToken.None;

    private static string NewConversation() => "conv-" + Guid.NewGuid().ToString("N");

    private static TranscriptEntry Line(int i, TranscriptSender sender = TranscriptSender.Customer) => new(Start.AddSeconds(i), sender, $"línea {i}");

    [Fact]
    public async Task Appended_ReadBackInOrderAndWhole_FromAnotherInstance()
    {
        var log = await CreateLogAsync();
        var conversation = NewConversation();

        await log.AppendAsync(conversation, [Line(1), Line(2, TranscriptSender.Bot)], None);
        await log.AppendAsync(conversation, [new TranscriptEntry(Start.AddSeconds(3), TranscriptSender.Agent, "Hola, soy Ana <b>", "ana")], None);

        var read = await (await ReopenAsync()).ReadAsync(conversation, None);
        Assert.Equal(
            [Line(1), Line(2, TranscriptSender.Bot), new TranscriptEntry(Start.AddSeconds(3), TranscriptSender.Agent, "Hola, soy Ana <b>", "ana")],
            read);
    }

    [Fact]
    public async Task BeyondTheCap_TheOldestLinesGo()
    {
        var log = await CreateLogAsync();
        var conversation = NewConversation();
        var total = ConversationTranscript.MaxLines + 7;

        for (var i = 0; i < total; i += 3)
        {
            await log.AppendAsync(conversation, [.. Enumerable.Range(i, Math.Min(3, total - i)).Select(n => Line(n))], None);
        }

        var read = await log.ReadAsync(conversation, None);
        Assert.Equal(ConversationTranscript.MaxLines, read.Count);
        Assert.Equal(Line(total - ConversationTranscript.MaxLines), read[0]);
        Assert.Equal(Line(total - 1), read[^1]);
    }

    [Fact]
    public async Task UnknownConversation_IsEmpty_AndConversationsDoNotMix()
    {
        var log = await CreateLogAsync();
        var first = NewConversation();
        var second = NewConversation();

        await log.AppendAsync(first, [Line(1)], None);
        await log.AppendAsync(second, [Line(2, TranscriptSender.Bot)], None);
        await log.AppendAsync(first, [], None);

        Assert.Empty(await log.ReadAsync(NewConversation(), None));
        Assert.Equal([Line(1)], await log.ReadAsync(first, None));
        Assert.Equal([Line(2, TranscriptSender.Bot)], await log.ReadAsync(second, None));
    }
}
