namespace SupportBot.Bot.DirectLine;

/// <summary>A conversation of the embedded channel: who the user is and what the channel knows at its start.</summary>
/// <param name="Id">The conversation id (letters, digits, '-' and '_').</param>
/// <param name="UserId">The user's id, fixed when the conversation was created (the tokens carry it too).</param>
/// <param name="UserName">The user's display name, if given.</param>
/// <param name="Locale">The locale given at creation, put on the <c>conversationUpdate</c>; null if none.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record DirectLineConversation(string Id, string UserId, string? UserName, string? Locale, DateTimeOffset CreatedAt);
