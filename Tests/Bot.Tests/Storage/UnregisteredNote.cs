namespace SupportBot.Bot.Tests.Storage;

/// <summary>A type deliberately left out of the allow-list.</summary>
public sealed class UnregisteredNote
{
    public string Text { get; set; } = string.Empty;
}
