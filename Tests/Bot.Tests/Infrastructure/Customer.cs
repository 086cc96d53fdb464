using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>A customer talking to the bot over HTTP: builds channel-shaped activities for one conversation.</summary>
public sealed class Customer(BotHost host, string? locale, string channelId = "webchat")
{
    private int _sequence;

    public string UserId { get; } = "user-" + Guid.NewGuid().ToString("N")[..8];

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N")[..8];

    public BotHost Host { get; set; } = host;

    /// <summary>Where the bot sends proactive messages (a <see cref="ConnectorServer"/>); a closed port by default.</summary>
    public string ServiceUrl { get; set; } = "http://127.0.0.1:9/";

    public Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "m" + Interlocked.Increment(ref _sequence),
        ChannelId = channelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount(UserId, "Customer"),
        Recipient = new ChannelAccount("supportbot", "SupportBot"),
        Conversation = new ConversationAccount(id: ConversationId),
        Locale = locale,
        Text = text,
        Timestamp = DateTimeOffset.UtcNow,
    };

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => Host.SendAsync(Message(text));

    /// <summary>Texts of the replies, in order.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(string text)
        => (await SayAsync(text)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty).ToList();
}
