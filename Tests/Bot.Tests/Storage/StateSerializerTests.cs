using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

public sealed class StateSerializerTests
{
    [Fact]
    public void Serialize_WritesStableNamesWithoutAssemblies()
    {
        var json = Serializer.Serialize(new Dictionary<string, object> { ["ticket"] = NewTicket() });

        var root = JObject.Parse(json);
        Assert.Equal("dict", root.Value<string>("$type"));
        Assert.Equal(TicketName, root["ticket"]!.Value<string>("$type"));
        Assert.Equal(CustomerName, root["ticket"]!["Customer"]!.Value<string>("$type"));
        Assert.DoesNotContain("SupportBot", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_IntoDeclaredTypes_RoundTripsEveryField()
    {
        var ticket = Assert.IsType<TestTicket>(Serializer.Deserialize(Serializer.Serialize(NewTicket())));

        Assert.Equal(NewTicket().OpenedAt, ticket.OpenedAt);
        Assert.Equal(TimeSpan.FromHours(-5), ticket.OpenedAt.Offset);
        Assert.Equal(["warranty", "kitchen"], ticket.Tags);
        Assert.Equal(TicketStatus.WaitingForCustomer, ticket.Status);
    }

    [Fact]
    public void Deserialize_NestingDeeperThan64_Throws()
    {
        var json = new string('[', 100) + new string(']', 100);

        Assert.ThrowsAny<JsonException>(() => Serializer.Deserialize(json));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"$type":"dict"} {"$type":"dict"}""")]
    public void Deserialize_NullOrTrailingContent_Throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => Serializer.Deserialize(json));
}
