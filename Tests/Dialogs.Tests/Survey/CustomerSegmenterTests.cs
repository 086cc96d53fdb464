using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Survey;
using static SupportBot.Dialogs.Abstractions.CustomerSegment;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class CustomerSegmenterTests
{
    // The standard NPS bands (0–6, 7–8, 9–10) and their CSAT counterparts (1–2, 3–4, 5), as CustomerSegment documents them.
    [Theory]
    [InlineData(null, 0, Detractor)]
    [InlineData(null, 6, Detractor)]
    [InlineData(null, 7, Passive)]
    [InlineData(null, 8, Passive)]
    [InlineData(null, 9, Promoter)]
    [InlineData(null, 10, Promoter)]
    [InlineData(1, null, Detractor)]
    [InlineData(2, null, Detractor)]
    [InlineData(3, null, Passive)]
    [InlineData(4, null, Passive)]
    [InlineData(5, null, Promoter)]
    // NPS decides when both are known
    [InlineData(5, 0, Detractor)]
    [InlineData(1, 10, Promoter)]
    [InlineData(1, 7, Passive)]
    public void Segment_FromNpsElseCsat(int? csat, int? nps, CustomerSegment segment) =>
        Assert.Equal(segment, CustomerSegmenter.Segment(csat, nps));

    [Fact]
    public void Segment_NoScore_IsUnknown() => Assert.Null(CustomerSegmenter.Segment(null, null));
}
