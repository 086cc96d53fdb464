using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>The allow-list and serializer the storage tests use.</summary>
public static class TestStateTypes
{
    public const string TicketName = "test-ticket";
    public const string CustomerName = "test-customer";

    public static StateTypeRegistry Registry { get; } = new(
    [
        new(TicketName, typeof(TestTicket)),
        new(CustomerName, typeof(TestCustomer)),
    ]);

    public static StateSerializer Serializer { get; } = new(Registry);

    public static TestTicket NewTicket(string title = "Broken blender") => new()
    {
        Title = title,
        Priority = 2,
        Status = TicketStatus.WaitingForCustomer,
        Tags = ["warranty", "kitchen"],
        OpenedAt = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(-5)),
        Customer = new TestCustomer { Name = "Ana", Email = "ana@example.com" },
    };
}
