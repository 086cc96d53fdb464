using SupportBot.Bot.Insights;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Invitations;

/// <summary>The dashboard's view of the invitations sent: each first invitation or reminder from the schedule, answered
/// when the customer gave the order's survey (or, the order unknown to the bot, any survey) a score (CSAT or NPS) after
/// it was sent. Tapping "not now" is an answer to the invitation, not to the survey, so it does not count as a response.</summary>
public sealed class InvitationHistory(IInvitationStore invitations, ISurveyStore surveys) : IInvitationHistory
{
    /// <summary>How long after the range's end an answer to an invitation sent inside it is still looked for.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromDays(30);

    /// <inheritdoc />
    public async Task<IReadOnlyList<InvitationFact>> ListSentAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var sent = await invitations.ListSentAsync(from, to, ct);
        if (sent.Count == 0)
        {
            return [];
        }

        // The latest scored survey per order and per customer: a survey of the invited order, or (when the shop's
        // order was unknown to the bot and the survey ran without it) any survey the invited customer scored.
        var byOrder = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var byCustomer = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var record in await surveys.ListStartedBetweenAsync(from, to + AnswerWindow, ct))
        {
            if (record.Csat is null && record.Nps is null)
            {
                continue;
            }

            Latest(byCustomer, record.CustomerId, record.StartedAt);
            if (record.OrderId is { } order)
            {
                Latest(byOrder, order, record.StartedAt);
            }
        }

        return [.. sent.Select(s => new InvitationFact(
            s.OrderId, s.CustomerId, s.ChannelId, s.Language, s.SentAt, s.IsReminder,
            (byOrder.TryGetValue(s.OrderId, out var ordered) && ordered >= s.SentAt)
            || (byCustomer.TryGetValue(s.CustomerId, out var answered) && answered >= s.SentAt)))];
    }

    private static void Latest(Dictionary<string, DateTimeOffset> latest, string key, DateTimeOffset at)
    {
        if (!latest.TryGetValue(key, out var known) || at > known)
        {
            latest[key] = at;
        }
    }
}
