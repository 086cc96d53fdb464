using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Invitations;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Bot.Invitations;

/// <summary>One pass of the scheduler: claims the due invitations and, for each, applies the rules at send time —
/// a conversation to write to, the survey opt-out, one survey per order, the survey throttle, the channel policy, the
/// channel's delay, quiet hours in the customer's time zone — then sends, postpones or skips it with a reason. A send
/// is recorded with the claim's token: a claim whose lease ended (another instance took it) records nothing.</summary>
public sealed partial class InvitationDispatcher(
    IInvitationStore store,
    ISurveyStore surveys,
    SurveySettings surveySettings,
    IInvitationChannelPolicy channelPolicy,
    InvitationSender sender,
    IOptions<InvitationOptions> options,
    TimeProvider time,
    ILogger<InvitationDispatcher> logger)
{
    /// <summary>Reasons recorded on skipped invitations (and on a reminder not sent).</summary>
    public static class Reasons
    {
        /// <summary>The customer never talked to the bot (or the reference is unreadable).</summary>
        public const string NoConversation = "no-conversation";

        /// <summary>The customer asked for no more surveys.</summary>
        public const string OptedOut = "opted-out";

        /// <summary>A survey exists for the order already.</summary>
        public const string AlreadySurveyed = "already-surveyed";

        /// <summary>The customer completed a survey within <c>Surveys:Throttle</c>.</summary>
        public const string Throttled = "throttled";

        /// <summary>The channel policy does not allow writing first now.</summary>
        public const string ChannelPolicy = "channel-policy";

        /// <summary>The customer answered the invitation (no reminder).</summary>
        public const string Answered = "answered";

        /// <summary>The channel refused the conversation for good (403/404: the bot was removed, the conversation is gone).</summary>
        public const string Unreachable = "unreachable";
    }

    /// <summary>Claims and handles every due invitation; returns how many messages were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sent = 0;
        var claims = await store.ClaimDueAsync(time.GetUtcNow(), settings.ClaimLease, settings.BatchSize, cancellationToken);
        foreach (var claim in claims)
        {
            var (updated, message) = await HandleAsync(claim, cancellationToken);
            if (!await store.CompleteAsync(claim.ClaimToken!, updated, message, cancellationToken))
            {
                LogClaimLost(claim.OrderId);
                continue;
            }

            if (message is not null)
            {
                sent++;
                LogSent(message.OrderId, message.ChannelId, message.IsReminder);
            }
            else if (updated.State != InvitationState.Pending)
            {
                LogFinished(claim.OrderId, updated.State, updated.Reason);
            }
        }

        return sent;
    }

    private async Task<(ScheduledInvitation Updated, SentInvitation? Sent)> HandleAsync(ScheduledInvitation claim, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var reminder = claim.Stage == InvitationStage.Reminder;
        (ScheduledInvitation, SentInvitation?) Finish(string reason)
            => (claim with { State = reminder ? InvitationState.Done : InvitationState.Skipped, Reason = reason, DueAt = now }, null);
        (ScheduledInvitation, SentInvitation?) Later(DateTimeOffset at) => (claim with { DueAt = at }, null);

        if (reminder && claim.Response is not null)
        {
            return Finish(Reasons.Answered);
        }

        if (await store.GetReferenceAsync(claim.CustomerId, cancellationToken) is not { } customer)
        {
            return Finish(Reasons.NoConversation);
        }

        var surveyCustomer = customer.ChannelCustomerId;
        if (await surveys.IsOptedOutAsync(surveyCustomer, cancellationToken)
            || (!string.Equals(surveyCustomer, claim.CustomerId, StringComparison.Ordinal) && await surveys.IsOptedOutAsync(claim.CustomerId, cancellationToken)))
        {
            return Finish(Reasons.OptedOut);
        }

        var history = await surveys.ListByCustomerAsync(surveyCustomer, cancellationToken);
        if (history.Any(r => r.Status != SurveyStatus.Expired && string.Equals(r.OrderId, claim.OrderId, StringComparison.Ordinal)))
        {
            if (reminder)
            {
                // The customer started the order's survey another way after the invitation: it counts as answered.
                await store.RecordAsync(claim.OrderId, InvitationResponse.Accepted, now, cancellationToken);
            }

            return Finish(Reasons.AlreadySurveyed);
        }

        if (SurveyEligibility.Decide(history, false, claim.OrderId, now, surveySettings).Kind == SurveyEligibilityKind.Throttled)
        {
            return Finish(Reasons.Throttled);
        }

        if (!channelPolicy.CanInvite(customer.ChannelId, customer.LastSeenAt, now))
        {
            return Finish(Reasons.ChannelPolicy);
        }

        if (!reminder && claim.DeliveredAt + settings.DelayFor(customer.ChannelId) is var due && due > now)
        {
            return Later(due);
        }

        var allowed = QuietHours.NextAllowed(now, ZoneOf(claim.TimeZone ?? customer.TimeZone), settings.QuietHoursStart, settings.QuietHoursEnd);
        if (allowed > now)
        {
            return Later(allowed);
        }

        var language = claim.Language ?? customer.Language;
        try
        {
            if (!await sender.SendAsync(customer, claim.OrderId, language, reminder, cancellationToken))
            {
                return Finish(Reasons.NoConversation);
            }
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
        {
            LogSendFailed(e, claim.OrderId, customer.ChannelId);
            return Finish(Reasons.Unreachable);
        }
        catch (Exception e) when (e is HttpRequestException or ErrorResponseException or TimeoutException)
        {
            // The channel did not take it: tried again after a lease, as after a crash.
            LogSendFailed(e, claim.OrderId, customer.ChannelId);
            return Later(now + settings.ClaimLease);
        }

        var sent = new SentInvitation(claim.OrderId, claim.CustomerId, customer.ChannelId, customer.ConversationId, language, now, reminder, false);
        var next = !reminder && settings.ReminderDays > 0
            ? claim with { Stage = InvitationStage.Reminder, DueAt = now + TimeSpan.FromDays(settings.ReminderDays), Reason = null }
            : claim with { State = InvitationState.Done, DueAt = now };
        return (next, sent);
    }

    private TimeZoneInfo ZoneOf(string? id)
        => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey invitation for order {OrderId} sent on {ChannelId} (reminder: {Reminder})")]
    private partial void LogSent(string orderId, string channelId, bool reminder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey invitation for order {OrderId} ended {State}: {Reason}")]
    private partial void LogFinished(string orderId, InvitationState state, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey invitation for order {OrderId}: the claim's lease ended before it was recorded; another instance has it")]
    private partial void LogClaimLost(string orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Survey invitation for order {OrderId} could not be sent on {ChannelId}; tried again later")]
    private partial void LogSendFailed(Exception exception, string orderId, string channelId);
}
