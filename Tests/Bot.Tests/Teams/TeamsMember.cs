using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>Someone in the agents' team writing in a Teams channel: builds the activities Teams posts to the bot
/// (channel conversation with tenant, channelData with team and channel, an Entra object id on <c>from</c>) and
/// posts them the way Teams does — replies go to the service URL, not into the HTTP response.</summary>
public sealed class TeamsMember(BotHost host, Uri serviceUrl, string aadObjectId, string name)
{
    public const string TenantId = "5f1c7a2e-tenant";
    public const string ChannelId = "19:retention0agents@thread.tacv2";
    public const string TeamId = "19:retention0team@thread.tacv2";
    public const string BotId = "28:supportbot-app";

    private static int _sequence;

    /// <summary>A Teams channel the bot is in that is not the agents' channel.</summary>
    public string Channel { get; init; } = ChannelId;

    public static Dictionary<string, string?> Settings(Uri serviceUrl) => new()
    {
        ["Teams:ServiceUrl"] = serviceUrl.ToString(),
        ["Teams:ChannelId"] = ChannelId,
        ["Teams:TenantId"] = TenantId,
        ["Teams:Agents:aad-ana"] = "ana",
        ["Teams:Agents:aad-luis"] = "luis",
        // The fake Connector cannot issue channel tokens; production refuses Teams without MicrosoftAppId.
        ["Teams:AllowUnauthenticated"] = "true",
    };

    public Activity Message(string threadId, string? text, object? value = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1733" + Interlocked.Increment(ref _sequence).ToString("D9", System.Globalization.CultureInfo.InvariantCulture),
            ChannelId = "msteams",
            ServiceUrl = serviceUrl.ToString(),
            From = new ChannelAccount("29:" + aadObjectId, name, aadObjectId: aadObjectId),
            Recipient = new ChannelAccount(BotId, "SupportBot"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: threadId, tenantId: TenantId),
            ChannelData = new TeamsChannelData
            {
                Tenant = new TenantInfo(TenantId),
                Team = new TeamInfo(TeamId, "Retención"),
                Channel = new ChannelInfo(Channel, "Escalations"),
            },
            Locale = "es-ES",
            Timestamp = DateTimeOffset.UtcNow,
        };
        if (text is not null)
        {
            // In a channel the bot hears only messages that @mention it; Teams puts the mention in the text.
            var mention = new Mention(new ChannelAccount(BotId, "SupportBot"), "<at>SupportBot</at>");
            activity.Text = mention.Text + " " + text;
            activity.Entities = [mention];
            activity.TextFormat = TextFormatTypes.Plain;
        }

        if (value is not null)
        {
            activity.Value = JObject.FromObject(value);
        }

        return activity;
    }

    /// <summary>Clicks Claim on an escalation card (Action.Submit: a message with the button's data as its value).</summary>
    public Task ClaimAsync(string threadId, string cardActivityId, string escalationId)
    {
        var activity = Message(threadId, null, new { action = "claim", escalationId });
        activity.ReplyToId = cardActivityId;
        return PostAsync(activity);
    }

    /// <summary>Writes in a thread, mentioning the bot.</summary>
    public Task SayAsync(string threadId, string text) => PostAsync(Message(threadId, text));

    private async Task PostAsync(Activity activity)
    {
        using var response = await host.PostRawAsync(JsonConvert.SerializeObject(activity));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
