namespace SupportBot.Bot.DirectLine;

/// <summary>What a valid token says: which conversation, which user, until when.</summary>
/// <param name="ConversationId">The one conversation the token is good for.</param>
/// <param name="UserId">The user the channel speaks for (the activities' <c>from.id</c>).</param>
/// <param name="UserName">The user's display name, if one was given.</param>
/// <param name="Kind">Conversation or stream token.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record DirectLineClaims(string ConversationId, string UserId, string? UserName, DirectLineTokenKind Kind, DateTimeOffset ExpiresAt);
