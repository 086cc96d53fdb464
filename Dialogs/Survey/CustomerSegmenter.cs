using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Survey;

/// <summary>NPS segments: from the NPS answer when there is one, else from CSAT.</summary>
public static class CustomerSegmenter
{
    /// <summary>The segment, or null when neither score is known.</summary>
    public static CustomerSegment? Segment(int? csat, int? nps) => (nps, csat) switch
    {
        ({ } n, _) when n >= 9 => CustomerSegment.Promoter,
        ({ } n, _) when n >= 7 => CustomerSegment.Passive,
        ({ }, _) => CustomerSegment.Detractor,
        (null, 5) => CustomerSegment.Promoter,
        (null, >= 3) => CustomerSegment.Passive,
        (null, { }) => CustomerSegment.Detractor,
        _ => null,
    };
}
