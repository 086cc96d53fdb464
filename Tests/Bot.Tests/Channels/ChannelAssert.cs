using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>What every activity a channel receives must respect.</summary>
public static class ChannelAssert
{
    private const string Hero = "application/vnd.microsoft.card.hero";
    private const string Adaptive = "application/vnd.microsoft.card.adaptive";

    public static void Fits(ChannelShape shape, IEnumerable<JObject> activities)
    {
        foreach (var activity in activities)
        {
            var what = $"{shape.ChannelId}: {activity.ToString(Newtonsoft.Json.Formatting.None)}";
            if ((string?)activity["type"] == "typing")
            {
                Assert.True(shape.ChannelId is not ("sms" or "slack" or "whatsapp"), "typing sent to " + what);
                continue;
            }

            var text = (string?)activity["text"] ?? string.Empty;
            Assert.True(text.Length <= shape.MaxText, $"text of {text.Length} characters: {what}");
            var actions = activity["suggestedActions"]?["actions"] as JArray;
            Assert.True((actions?.Count ?? 0) <= shape.MaxSuggestedActions, "suggested actions: " + what);
            foreach (var attachment in activity["attachments"] as JArray ?? [])
            {
                var type = (string?)attachment["contentType"];
                Assert.True(shape.AdaptiveCards || type != Adaptive, "adaptive card: " + what);
                Assert.True(shape.HeroCards || type != Hero, "hero card: " + what);
                Assert.True(shape.ChannelId != "sms", "attachment on SMS: " + what);
            }

            if (!shape.Buttons || shape.ChannelId is "facebook" or "telegram" or "whatsapp")
            {
                // Text channels read plain text: no markdown emphasis left.
                Assert.DoesNotContain("**", text, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The suggested actions' titles of a message (empty when it has none).</summary>
    public static List<string> Buttons(JObject message)
        => (message["suggestedActions"]?["actions"] as JArray ?? []).Select(a => (string?)a["title"] ?? string.Empty).ToList();

    /// <summary>The answers of the buttons on a message's Adaptive Card (Teams), empty when it has none.</summary>
    public static List<string> CardButtons(JObject message)
        => (message["attachments"] as JArray ?? [])
            .Where(a => (string?)a["contentType"] == Adaptive)
            .SelectMany(a => a["content"]?["body"] as JArray ?? [])
            .SelectMany(b => b["actions"] as JArray ?? [])
            .Select(a => (string?)a["data"]?["answer"] ?? string.Empty)
            .ToList();
}
