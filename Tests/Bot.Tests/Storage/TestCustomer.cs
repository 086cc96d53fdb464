namespace SupportBot.Bot.Tests.Storage;

/// <summary>A registered type nested inside <see cref="TestTicket"/>.</summary>
public sealed class TestCustomer
{
    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }
}
