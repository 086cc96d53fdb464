using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>A registered state type with the shapes persisted state is made of.</summary>
public sealed class TestTicket : IStoreItem
{
    public string Title { get; set; } = string.Empty;

    public int Priority { get; set; }

    public TicketStatus Status { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateTimeOffset OpenedAt { get; set; }

    public TestCustomer? Customer { get; set; }

    public string? ETag { get; set; }
}
