using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>A customer on Microsoft Teams, in a personal chat with the bot or in a group chat it was added to: builds
/// the activities Teams posts (conversationType, tenant, an Entra object id, <c>&lt;at&gt;</c> mentions with their
/// entity, Action.Submit presses with the button's data as the value) and posts them the way Teams does — replies go to
/// the service URL, not into the HTTP response.</summary>
public sealed class TeamsCustomer(Uri serviceUrl, string locale, bool groupChat = false)
{
    public const string TenantId = TeamsMember.TenantId;
    public const string BotId = TeamsMember.BotId;
    public const string BotName = "SupportBot";

    private static int _sequence;

    /// <summary>The bot it talks to.</summary>
    public BotHost Host { get; set; } = null!;

    public string AadObjectId { get; } = Guid.NewGuid().ToString("D");

    public string UserId => "29:" + AadObjectId;

    /// <summary>The customer id the bot derives from the channel (for the demo orders).</summary>
    public string CustomerId => "msteams:" + UserId;

    public string ConversationId { get; } = (groupChat ? "19:" : "a:") + Guid.NewGuid().ToString("N") + (groupChat ? "@thread.v2" : string.Empty);

    /// <summary>A message; with <paramref name="mention"/>, Teams' "&lt;at&gt;SupportBot&lt;/at&gt;" leads the text.</summary>
    public Activity Message(string? text, bool mention = false, object? value = null)
    {
        var activity = Base(ActivityTypes.Message);
        if (text is not null)
        {
            activity.Text = text;
            activity.TextFormat = TextFormatTypes.Plain;
        }

        if (mention)
        {
            var at = new Mention(new ChannelAccount(BotId, BotName), $"<at>{BotName}</at>");
            activity.Text = at.Text + " " + text;
            activity.Entities = [at];
        }

        if (value is not null)
        {
            activity.Value = JObject.FromObject(value);
        }

        return activity;
    }

    /// <summary>The conversationUpdate Teams sends when members join (the bot, when it is installed or added).</summary>
    public Activity MembersAdded(params string[] memberIds)
    {
        var activity = Base(ActivityTypes.ConversationUpdate);
        activity.Id = null;
        activity.MembersAdded = memberIds.Select(id => new ChannelAccount(id)).ToList();
        return activity;
    }

    /// <summary>Says something (optionally @mentioning the bot).</summary>
    public Task SayAsync(string text, bool mention = false) => PostAsync(Message(text, mention));

    /// <summary>Presses a card button: Action.Submit posts a message with no text and the button's data as its value.</summary>
    public Task PressAsync(JToken data) => PostAsync(Message(null, value: data));

    public async Task PostAsync(Activity activity)
    {
        using var response = await Host.PostRawAsync(JsonConvert.SerializeObject(activity));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private Activity Base(string type) => new()
    {
        Type = type,
        Id = "1733" + Interlocked.Increment(ref _sequence).ToString("D9", System.Globalization.CultureInfo.InvariantCulture),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl.ToString(),
        From = new ChannelAccount(UserId, "Carmen", aadObjectId: AadObjectId),
        Recipient = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: groupChat, conversationType: groupChat ? "groupChat" : "personal", id: ConversationId, tenantId: TenantId),
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(TenantId) },
        Locale = locale,
        Timestamp = DateTimeOffset.UtcNow,
    };
}
