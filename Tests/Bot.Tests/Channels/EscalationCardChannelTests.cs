using SupportBot.Bot.Escalation;
using SupportBot.Bot.Teams;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Channels;

/// <summary>The Teams escalation card names the customer's channel, in the card's language; an unknown channel id is
/// shown as it came, as inert text.</summary>
public sealed class EscalationCardChannelTests
{
    private static string ChannelFact(string channelId, Language language)
    {
        var request = new EscalationRequest
        {
            CustomerId = channelId + ":c1",
            ChannelId = channelId,
            ConversationId = "conv-1",
            Language = language,
            Decision = new EscalationDecision(true, [EscalationReason.CustomerRequest], EscalationPriority.Normal),
        };
        var card = EscalationCard.Build(new EscalationCase { Id = "e1", Request = request, Summary = "s", SlaDueAt = DateTimeOffset.UnixEpoch }, agentName: null);
        var title = language == Language.Spanish ? "Canal" : "Channel";
        return (string)card["body"]!.First(b => (string?)b["type"] == "FactSet")["facts"]!.First(f => (string?)f["title"] == title)["value"]!;
    }

    [Theory]
    [InlineData("sms", Language.Spanish, "📱 SMS")]
    [InlineData("telegram", Language.English, "✈️ Telegram")]
    [InlineData("facebook", Language.Spanish, "📘 Facebook Messenger")]
    [InlineData("webchat", Language.English, "💬 Web Chat")]
    [InlineData("msteams", Language.Spanish, "👥 Microsoft Teams")]
    public void KnownChannel_ShowsItsBadgeAndName(string channelId, Language language, string shown)
        => Assert.Equal(shown, ChannelFact(channelId, language));

    [Fact]
    public void UnknownChannel_ShowsItsId_Inert()
        => Assert.Equal(@"❔ \*\*pigeon\*\*", ChannelFact("**pigeon**", Language.English));
}
