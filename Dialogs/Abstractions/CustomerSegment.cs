namespace SupportBot.Dialogs.Abstractions;

/// <summary>NPS segment (from the NPS answer; from CSAT when NPS is off). Persisted by name.</summary>
public enum CustomerSegment
{
    /// <summary>NPS 9–10 or CSAT 5.</summary>
    Promoter,

    /// <summary>NPS 7–8 or CSAT 3–4.</summary>
    Passive,

    /// <summary>NPS 0–6 or CSAT 1–2.</summary>
    Detractor,
}
