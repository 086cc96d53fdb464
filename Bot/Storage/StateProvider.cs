namespace SupportBot.Bot.Storage;

/// <summary>Where bot state (<c>ConversationState</c>, <c>UserState</c>) is kept.</summary>
public enum StateProvider
{
    /// <summary>In the process (<see cref="InMemoryStorage"/>): local runs and tests; lost on restart, not shared between instances.</summary>
    Memory,

    /// <summary>In Redis (<see cref="RedisStorage"/>): shared by every instance of the bot.</summary>
    Redis,
}
