using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class StateTypeRegistryTests
{
    [Fact]
    public void RootDictionary_IsAlwaysRegisteredAsDict()
    {
        var registry = new StateTypeRegistry([]);

        Assert.True(registry.TryGetType("dict", out var type));
        Assert.Equal(typeof(Dictionary<string, object>), type);
        Assert.True(registry.TryGetName(typeof(Dictionary<string, object>), out var name));
        Assert.Equal(StateTypeRegistry.RootDictionaryName, name);
    }

    [Fact]
    public void RegisteredType_IsFoundByNameAndByExactTypeOnly()
    {
        var registry = TestStateTypes.Registry;

        Assert.True(registry.TryGetType(TestStateTypes.TicketName, out var type));
        Assert.Equal(typeof(TestTicket), type);
        Assert.True(registry.TryGetName(typeof(TestTicket), out var name));
        Assert.Equal(TestStateTypes.TicketName, name);
        Assert.False(registry.TryGetType(typeof(TestTicket).FullName!, out _));
        Assert.False(registry.TryGetType("Test-Ticket", out _));
        Assert.False(registry.TryGetName(typeof(UnregisteredNote), out _));
        Assert.False(registry.TryGetName(typeof(Dictionary<string, string>), out _));
    }

    public static TheoryData<string, Type> InvalidRegistrations => new()
    {
        { "", typeof(TestTicket) },
        { " ticket", typeof(TestTicket) },
        { "ticket, v2", typeof(TestTicket) },
        { "dict", typeof(TestTicket) },
        { "stream", typeof(Stream) },
        { "list", typeof(List<>) },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public void InvalidRegistration_Throws(string name, Type type) =>
        Assert.ThrowsAny<ArgumentException>(() => new StateTypeRegistry([new(name, type)]));

    [Fact]
    public void DuplicateNameOrType_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            new StateTypeRegistry([new("ticket", typeof(TestTicket)), new("ticket", typeof(TestCustomer))]));
        Assert.Throws<ArgumentException>(() =>
            new StateTypeRegistry([new("ticket", typeof(TestTicket)), new("ticket-v2", typeof(TestTicket))]));
    }
}
