using SupportBot.Dialogs.Channels;

namespace SupportBot.Dialogs.Tests.Channels;

public sealed class ChannelCapabilitiesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("webchat", 100, true, int.MaxValue)]
    [InlineData("directline", 100, true, int.MaxValue)]
    [InlineData("msteams", 3, true, 28_000)]
    [InlineData("slack", 0, false, 4_000)]
    [InlineData("telegram", 100, false, 4_096)]
    [InlineData("facebook", 10, false, 2_000)]
    [InlineData("sms", 0, false, 1_600)]
    [InlineData("whatsapp", 3, false, 4_096)]
    [InlineData("SMS", 0, false, 1_600)]
    [InlineData("carrier-pigeon", 0, false, 1_600)]
    public void Profiles_NameWhatEachChannelShows(string channelId, int suggestedActions, bool adaptiveCards, int maxText)
    {
        var profile = ChannelProfiles.For(channelId);
        Assert.Equal((suggestedActions, adaptiveCards, maxText), (profile.MaxSuggestedActions, profile.AdaptiveCards, profile.MaxTextLength));
        Assert.False(string.IsNullOrWhiteSpace(profile.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(profile.Badge));
    }

    [Fact]
    public void UnknownChannel_IsConservative()
    {
        var unknown = ChannelProfiles.For("carrier-pigeon");
        Assert.Equal("carrier-pigeon", unknown.DisplayName);
        Assert.False(unknown.SuggestedActions || unknown.HeroCards || unknown.AdaptiveCards || unknown.Typing || unknown.UpdateAndDelete);
        Assert.Equal(MarkupFlavor.None, unknown.Markup);
        Assert.False(unknown.AllowsProactive(Now.AddMinutes(-1), Now));
    }

    [Theory]
    // channel, hours since the customer's last message (null: never wrote), allowed
    [InlineData("facebook", 1.0, true)]
    [InlineData("facebook", 23.9, true)]
    [InlineData("facebook", 24.0, false)]
    [InlineData("facebook", null, false)]
    [InlineData("whatsapp", 2.0, true)]
    [InlineData("whatsapp", 30.0, false)]
    [InlineData("telegram", 500.0, true)]
    [InlineData("telegram", null, false)]
    [InlineData("webchat", null, false)]
    [InlineData("webchat", 48.0, true)]
    [InlineData("sms", null, true)]
    [InlineData("msteams", null, true)]
    [InlineData("slack", null, true)]
    public void Proactive_FollowsTheChannelsRule(string channelId, double? hoursSinceCustomerWrote, bool allowed)
    {
        DateTimeOffset? last = hoursSinceCustomerWrote is { } hours ? Now.AddHours(-hours) : null;
        Assert.Equal(allowed, ChannelProfiles.For(channelId).AllowsProactive(last, Now));
    }

    [Fact]
    public void Sms_NamesTheCarrierStopKeywords()
        => Assert.Contains("STOP", ChannelProfiles.Sms.OptOutKeywords);
}
