using SupportBot.Bot.Invitations;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Invitations;

public sealed class ReachableStampTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    private static readonly CustomerReference Record = new(
        "webchat:ana", "webchat:ana", "webchat", "conv-1", """{"serviceUrl":"https://chat.example"}""", Language.Spanish, "Europe/Madrid", Now);

    [Fact]
    public void Holds_ForTheSameRecord_UntilTheRefreshTime()
    {
        var hash = ReachableStamp.Of(Record, null);
        var kept = ReachableStamp.At(hash, Now);

        Assert.True(ReachableStamp.StillHolds(kept, ReachableStamp.Of(Record with { LastSeenAt = Now.AddMinutes(59) }, null), Now.AddMinutes(59), TimeSpan.FromHours(1)));
        Assert.False(ReachableStamp.StillHolds(kept, hash, Now.AddHours(1), TimeSpan.FromHours(1)));
        Assert.False(ReachableStamp.StillHolds(kept, hash, Now.AddMinutes(-1), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void DoesNotHold_WhenAnythingStoredChanges()
    {
        var kept = ReachableStamp.At(ReachableStamp.Of(Record, null), Now);
        CustomerReference[] changed =
        [
            Record with { ConversationId = "conv-2" },
            Record with { Reference = """{"serviceUrl":"https://other.example"}""" },
            Record with { Language = Language.English },
            Record with { TimeZone = null },
            Record with { ChannelId = "msteams" },
        ];

        Assert.All(changed, c => Assert.False(ReachableStamp.StillHolds(kept, ReachableStamp.Of(c, null), Now, TimeSpan.FromHours(1))));
        Assert.False(ReachableStamp.StillHolds(kept, ReachableStamp.Of(Record, "shop-42"), Now, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("0123456789abcdef")]
    [InlineData("0123456789abcdef@")]
    [InlineData("0123456789abcdef@-5")]
    [InlineData("0123456789abcdef@1e9")]
    [InlineData("0123456789abcdef@99999999999999999999999")]
    public void DoesNotHold_ForAMissingOrDamagedStamp(string? kept)
    {
        Assert.False(ReachableStamp.StillHolds(kept, "0123456789abcdef", Now, TimeSpan.FromHours(1)));
    }
}
