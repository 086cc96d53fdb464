namespace SupportBot.Bot.Tests.Channels;

/// <summary>One customer's ids on a channel.</summary>
public sealed record ChannelUser(string UserId, string BotId, string ConversationId, string? ConversationType);
