namespace SupportBot.Bot.DirectLine;

/// <summary>One activity in a conversation's log, as clients receive it.</summary>
/// <param name="Watermark">Its position: strictly increasing per conversation; an update moves the activity to a new one.</param>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="Json">The activity, serialised the Bot Framework way (Newtonsoft, nulls left out).</param>
public sealed record LoggedActivity(long Watermark, string ActivityId, string Json);
