using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;

namespace SupportBot.Bot.Invitations;

/// <summary>After each customer turn (a message or a page event in a one-to-one conversation; never a proactive turn, a Teams channel
/// or group chat) stores where the customer can be reached: the conversation reference, the turn's language, the
/// channel and the time zone the channel told. It is written only when something changed, or hourly for the
/// last-seen time. The customer is keyed by the channel-scoped id (<c>channel:user</c>) and, when a signed shop link
/// vouched for one in this conversation, also by the shop's customer id — the ids the shop's webhook may name.</summary>
public sealed partial class ConversationReferenceRecorder(
    IInvitationStore store,
    StateAccessors state,
    ConversationSettings settings,
    TimeProvider time,
    ILogger<ConversationReferenceRecorder> logger) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>How old the stored last-seen time may get before an unchanged reference is written again.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken);
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event)
            || string.Equals(activity.Name, ActivityEventNames.ContinueConversation, StringComparison.Ordinal)
            || activity.Conversation is null or { IsGroup: true } or { ConversationType: "channel" or "groupChat" }
            || string.IsNullOrEmpty(activity.From?.Id)
            || string.Equals(activity.From.Role, RoleTypes.Bot, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            await RecordAsync(turnContext, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The customer has had their answer; a reference not refreshed now is refreshed on a later turn.
            LogNotRecorded(e, activity.ChannelId);
        }
    }

    /// <summary>The IANA time zone the activity tells (Web Chat's <c>localTimezone</c>, a <c>clientInfo</c> entity's
    /// <c>timezone</c> as Teams sends it), when it is one this machine knows.</summary>
    public static string? TimeZoneOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var candidates = new List<string?> { (activity as Activity)?.LocalTimezone };
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.Properties?["timezone"] is JValue { Type: JTokenType.String } zone)
            {
                candidates.Add((string?)zone);
            }
        }

        return candidates.FirstOrDefault(z => !string.IsNullOrWhiteSpace(z) && TimeZoneInfo.TryFindSystemTimeZoneById(z, out _));
    }

    private async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelCustomerId = CustomerIdentity.Of(turnContext);
        var profile = await state.UserProfile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        var now = time.GetUtcNow();
        var reference = activity.GetConversationReference();
        // The activity id of this turn is not part of where to write next time.
        reference.ActivityId = null;
        var record = new CustomerReference(
            channelCustomerId,
            channelCustomerId,
            activity.ChannelId,
            activity.Conversation.Id,
            JsonConvert.SerializeObject(reference),
            TurnLanguage.Get(turnContext, settings.DefaultLanguage),
            TimeZoneOf(activity),
            now);
        var stamp = ReachableStamp.Of(record, profile.VerifiedCustomerId);
        if (ReachableStamp.StillHolds(profile.ReachableStamp, stamp, now, RefreshAfter))
        {
            // This customer's user state says the same was stored less than an hour ago: nothing to read or write.
            return;
        }

        // No stamp at all: most likely a customer the store has never seen, so try the one-step first write (a stored
        // reference, from state that has since expired, makes it decline and the merge below runs as usual).
        var written = (profile.ReachableStamp is null && await store.TryAddReferenceAsync(record, cancellationToken))
                      || await store.SaveReferenceAsync(record, RefreshAfter, cancellationToken);
        if (profile.VerifiedCustomerId is { } shopCustomerId && !string.Equals(shopCustomerId, channelCustomerId, StringComparison.Ordinal))
        {
            written |= await store.SaveReferenceAsync(record with { CustomerId = shopCustomerId }, RefreshAfter, cancellationToken);
        }

        if (!written)
        {
            // Stored by an earlier turn at a time this one does not know: stamping now could delay the hourly refresh.
            return;
        }

        // The turn's state was saved before this runs (the reference needs the turn's final language and identity).
        profile.ReachableStamp = ReachableStamp.At(stamp, now);
        await state.UserState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation reference of a {ChannelId} customer could not be recorded")]
    private partial void LogNotRecorded(Exception exception, string channelId);
}
