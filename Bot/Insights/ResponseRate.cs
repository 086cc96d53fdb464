namespace SupportBot.Bot.Insights;

/// <summary>How many surveys were answered.</summary>
/// <param name="Started">Surveys started.</param>
/// <param name="Completed">Of them, completed.</param>
/// <param name="CompletionPercent">Completed / started, %; null when none started.</param>
/// <param name="InvitationsSent">First invitations sent (not reminders); null without invitation data.</param>
/// <param name="InvitationsAnswered">Of them, answered; null without invitation data.</param>
/// <param name="InvitationPercent">Answered / sent, %; null without invitation data or none sent.</param>
/// <param name="RemindersSent">Reminders sent; null without invitation data.</param>
public sealed record ResponseRate(
    int Started, int Completed, decimal? CompletionPercent, int? InvitationsSent, int? InvitationsAnswered, decimal? InvitationPercent, int? RemindersSent);
