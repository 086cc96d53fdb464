using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>How one channel's activities look when the Azure Bot Service brings them (ids, conversation, channelData),
/// and what the test expects the channel to receive — written here independently of the bot's own profiles, so a wrong
/// profile fails: the longest text, how many suggested actions, which cards.</summary>
public sealed record ChannelShape(string ChannelId, int MaxText, int MaxSuggestedActions, bool HeroCards, bool AdaptiveCards)
{
    public static readonly string[] Ids = ["sms", "telegram", "facebook", "slack", "msteams", "webchat", "directline", "whatsapp"];

    public static ChannelShape For(string channelId) => channelId switch
    {
        "sms" => new("sms", 1600, 0, HeroCards: false, AdaptiveCards: false),
        "telegram" => new("telegram", 4096, 100, HeroCards: true, AdaptiveCards: false),
        "facebook" => new("facebook", 2000, 10, HeroCards: true, AdaptiveCards: false),
        "slack" => new("slack", 4000, 0, HeroCards: true, AdaptiveCards: false),
        "msteams" => new("msteams", 28_000, 3, HeroCards: true, AdaptiveCards: true),
        "whatsapp" => new("whatsapp", 4096, 3, HeroCards: false, AdaptiveCards: false),
        "webchat" => new("webchat", int.MaxValue, 100, HeroCards: true, AdaptiveCards: true),
        "directline" => new("directline", int.MaxValue, 100, HeroCards: true, AdaptiveCards: true),
        _ => throw new ArgumentOutOfRangeException(nameof(channelId), channelId, null),
    };

    /// <summary>Whether the channel shows buttons under a message at all.</summary>
    public bool Buttons => MaxSuggestedActions > 0;

    /// <summary>A fresh customer of this channel: ids shaped like the channel's own.</summary>
    public ChannelUser NewUser()
    {
        var n = Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var g = Guid.NewGuid().ToString("N");
        return ChannelId switch
        {
            // Twilio: E.164 numbers; the conversation is the customer's number.
            "sms" => new ChannelUser("+34" + n, "+34911000111", "+34" + n, null),
            // WhatsApp connectors: the customer's number without "+", the business number.
            "whatsapp" => new ChannelUser("34" + n, "34911000111", "34" + n, null),
            // Telegram: numeric user and chat ids (a private chat's id is the user's).
            "telegram" => new ChannelUser(n, "supportbot_bot", n, null),
            // Messenger: page-scoped user id (PSID) and the page id.
            "facebook" => new ChannelUser("27" + n + n[..5], "104512345678901", "27" + n + n[..5] + "-104512345678901", null),
            // Slack: user:team, bot:team, bot:team:channel.
            "slack" => new ChannelUser("U0" + g[..8].ToUpperInvariant() + ":T0ABCDEF12", "B0SUPPORT1:T0ABCDEF12", "B0SUPPORT1:T0ABCDEF12:D0" + g[8..16].ToUpperInvariant(), null),
            // Teams personal chat: 29: user, 28: bot, a: conversation, with its tenant.
            "msteams" => new ChannelUser("29:1" + g, "28:" + Guid.Empty.ToString("D"), "a:1" + g, "personal"),
            _ => new ChannelUser("dl_" + g, "supportbot", g[..22] + "-eu", null),
        };
    }

    /// <summary>The channelData the channel puts on a customer's message.</summary>
    public JObject? ChannelData(ChannelUser user, string text, int sequence)
    {
        var unix = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return ChannelId switch
        {
            "sms" => new JObject { ["From"] = user.UserId, ["To"] = user.BotId, ["Body"] = text, ["NumMedia"] = "0" },
            "whatsapp" => new JObject { ["from"] = user.UserId, ["to"] = user.BotId, ["message"] = new JObject { ["type"] = "TEXT", ["text"] = text } },
            "telegram" => new JObject
            {
                ["update_id"] = 500_000 + sequence,
                ["message"] = new JObject
                {
                    ["message_id"] = sequence,
                    ["from"] = new JObject { ["id"] = long.Parse(user.UserId, CultureInfo.InvariantCulture), ["is_bot"] = false, ["first_name"] = "Lucía" },
                    ["chat"] = new JObject { ["id"] = long.Parse(user.UserId, CultureInfo.InvariantCulture), ["type"] = "private" },
                    ["date"] = unix,
                    ["text"] = text,
                },
            },
            "facebook" => new JObject
            {
                ["sender"] = new JObject { ["id"] = user.UserId },
                ["recipient"] = new JObject { ["id"] = user.BotId },
                ["timestamp"] = unix * 1000,
                ["message"] = new JObject { ["mid"] = "m_" + Guid.NewGuid().ToString("N"), ["text"] = text },
            },
            "slack" => new JObject
            {
                ["SlackMessage"] = new JObject
                {
                    ["type"] = "event_callback",
                    ["team_id"] = "T0ABCDEF12",
                    ["event"] = new JObject
                    {
                        ["type"] = "message",
                        ["channel_type"] = "im",
                        ["user"] = user.UserId.Split(':')[0],
                        ["channel"] = user.ConversationId.Split(':')[^1],
                        ["text"] = text,
                        ["ts"] = unix.ToString(CultureInfo.InvariantCulture) + "." + sequence.ToString("D6", CultureInfo.InvariantCulture),
                    },
                },
            },
            "msteams" => new JObject { ["tenant"] = new JObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" } },
            _ => new JObject { ["clientActivityID"] = Guid.NewGuid().ToString("N")[..10] + "." + sequence.ToString(CultureInfo.InvariantCulture) },
        };
    }
}
