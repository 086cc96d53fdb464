using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Survey;

/// <summary>Fatigue and consent rules, as a pure decision: opt-out first, then one survey per order, then resume an
/// unfinished survey within the window, then the throttle across all surveys.</summary>
/// <param name="Kind">The decision.</param>
/// <param name="Record">The record to resume, or the one that blocks (answered order, recent survey).</param>
/// <param name="Expired">Unfinished records found past the resume window; the caller marks them expired.</param>
public sealed record SurveyEligibility(SurveyEligibilityKind Kind, SurveyRecord? Record, IReadOnlyList<SurveyRecord> Expired)
{
    /// <summary>Decides for <paramref name="orderId"/> (null when the survey is not about a known order).</summary>
    public static SurveyEligibility Decide(
        IReadOnlyList<SurveyRecord> history, bool optedOut, string? orderId, DateTimeOffset now, SurveySettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var expired = history
            .Where(r => r.Status == SurveyStatus.InProgress && now - r.UpdatedAt > settings.ResumeWindow)
            .ToList();
        if (optedOut)
        {
            return new(SurveyEligibilityKind.OptedOut, null, expired);
        }

        var live = history.Where(r => !expired.Contains(r)).ToList();
        if (orderId is not null
            && live.FirstOrDefault(r => r.Status == SurveyStatus.Completed && string.Equals(r.OrderId, orderId, StringComparison.Ordinal)) is { } answered)
        {
            return new(SurveyEligibilityKind.AlreadyAnswered, answered, expired);
        }

        var unfinished = live
            .Where(r => r.Status == SurveyStatus.InProgress && (orderId is null || r.OrderId is null || r.OrderId == orderId))
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefault();
        if (unfinished is not null)
        {
            return new(SurveyEligibilityKind.Resume, unfinished, expired);
        }

        var recent = live
            .Where(r => r.Status == SurveyStatus.Completed && r.CompletedAt is { } at && now - at < settings.Throttle)
            .OrderByDescending(r => r.CompletedAt)
            .FirstOrDefault();
        return recent is not null
            ? new(SurveyEligibilityKind.Throttled, recent, expired)
            : new(SurveyEligibilityKind.New, null, expired);
    }
}
