namespace SupportBot.Bot.Storage;

/// <summary>One item as a <see cref="JsonStorage"/> keeps it: its JSON and the ETag of the write that stored it.</summary>
/// <param name="Json">The item, as written by <see cref="StateSerializer"/>.</param>
/// <param name="ETag">The ETag of the write that stored it.</param>
public readonly record struct StoredEntry(string Json, string ETag);
