using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>A customer on one channel, posting channel-shaped activities to /api/messages the way the Bot Service does
/// (replies go to the service URL, a local <see cref="ConnectorServer"/>, not into the HTTP response), and reading back
/// what the channel received for each message.</summary>
public sealed class ChannelCustomer(BotHost host, ConnectorServer connector, ChannelShape shape, string locale)
{
    private int _sequence;
    private int _seen;

    public ChannelShape Shape { get; } = shape;

    /// <summary>Whether the customer writes in Spanish (else English), from the locale the channel reports.</summary>
    public bool Spanish { get; } = locale.StartsWith("es", StringComparison.Ordinal);

    /// <summary>The language the bot should answer in.</summary>
    public Language Language => Spanish ? Language.Spanish : Language.English;

    public ChannelUser User { get; } = shape.NewUser();

    /// <summary>The customer id the bot derives from the channel.</summary>
    public string CustomerId => Shape.ChannelId + ":" + User.UserId;

    /// <summary>Everything the channel received for this conversation so far.</summary>
    public IReadOnlyList<JObject> Received => connector.Calls
        .Where(c => c.Kind is "send" or "reply" && c.ConversationId == User.ConversationId)
        .Select(c => c.Body)
        .ToList();

    /// <summary>Sends <paramref name="text"/> and returns the messages the channel received for it.</summary>
    public async Task<IReadOnlyList<JObject>> SayAsync(string text)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Shape.ChannelId + "-" + sequence.ToString(CultureInfo.InvariantCulture),
            ChannelId = Shape.ChannelId,
            ServiceUrl = connector.ServiceUrl.ToString(),
            From = new ChannelAccount(User.UserId, "Lucía"),
            Recipient = new ChannelAccount(User.BotId, "SupportBot"),
            Conversation = new ConversationAccount(id: User.ConversationId, conversationType: User.ConversationType),
            Locale = locale,
            Text = text,
            Timestamp = DateTimeOffset.UtcNow,
            ChannelData = Shape.ChannelData(User, text, sequence),
        };
        using var response = await host.PostRawAsync(JsonConvert.SerializeObject(activity));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return TakeNew();
    }

    /// <summary>The messages received since the last look (agent messages arrive outside the customer's turns).</summary>
    public IReadOnlyList<JObject> TakeNew()
    {
        var all = Received;
        var fresh = all.Skip(_seen).ToList();
        _seen = all.Count;
        ChannelAssert.Fits(Shape, fresh);
        return fresh.Where(a => (string?)a["type"] == ActivityTypes.Message).ToList();
    }

    /// <summary>The texts of <paramref name="messages"/>, in order.</summary>
    public static List<string> Texts(IEnumerable<JObject> messages) => messages.Select(m => (string?)m["text"] ?? string.Empty).ToList();
}
