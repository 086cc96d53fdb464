using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Channels;

/// <summary>What one outgoing activity became for a channel.</summary>
/// <param name="Activities">The activities to send, in order (none when the channel has no use for it: typing on SMS).</param>
/// <param name="NumberedOptions">For a message, the values of the options it offers as a numbered list (empty when it
/// offers none that way); null for any other activity.</param>
public sealed record RenderedActivities(IReadOnlyList<Activity> Activities, IReadOnlyList<string>? NumberedOptions);
