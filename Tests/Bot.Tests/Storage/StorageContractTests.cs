using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Storage;
using static SupportBot.Bot.Tests.Storage.TestStateTypes;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>What every bot state storage must do; each implementation runs it through a subclass.</summary>
public abstract class StorageContractTests
{
    private const int RaceRounds = 20;

    protected abstract Task<IStorage> CreateStorageAsync();

    /// <summary>Stores <paramref name="json"/> under <paramref name="key"/> as if another program had written it.
    /// By default as a <c>JObject</c>, which a <see cref="JsonStorage"/> stores exactly as it is.</summary>
    protected virtual Task WriteForeignJsonAsync(IStorage storage, string key, string json) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = JObject.Parse(json) });

    [Fact]
    public async Task Read_MissingKey_ReturnsNothing()
    {
        var storage = await CreateStorageAsync();

        Assert.Empty(await storage.ReadAsync(["missing"]));
    }

    [Fact]
    public async Task WriteThenRead_TypedItem_RoundTripsEveryField()
    {
        var storage = await CreateStorageAsync();
        var written = NewTicket();

        await WriteAsync(storage, "ticket", written);
        var read = await ReadTicketAsync(storage, "ticket");

        Assert.NotSame(written, read);
        Assert.Equal(written.Title, read.Title);
        Assert.Equal(written.Priority, read.Priority);
        Assert.Equal(written.Status, read.Status);
        Assert.Equal(written.Tags, read.Tags);
        Assert.Equal(written.OpenedAt, read.OpenedAt);
        Assert.Equal(written.OpenedAt.Offset, read.OpenedAt.Offset);
        Assert.NotNull(read.Customer);
        Assert.Equal(written.Customer!.Name, read.Customer.Name);
        Assert.Equal(written.Customer.Email, read.Customer.Email);
        Assert.False(string.IsNullOrEmpty(read.ETag));
        Assert.Equal(read.ETag, written.ETag);
    }

    [Fact]
    public async Task Read_ReturnsACopy_ChangingItDoesNotChangeTheStore()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "ticket", NewTicket("Original"));

        var first = await ReadTicketAsync(storage, "ticket");
        first.Title = "Changed without saving";
        first.Tags.Add("unsaved");

        var second = await ReadTicketAsync(storage, "ticket");
        Assert.Equal("Original", second.Title);
        Assert.DoesNotContain("unsaved", second.Tags);
    }

    [Fact]
    public async Task WriteThenRead_BotStateDictionary_RoundTripsAndCarriesETag()
    {
        var storage = await CreateStorageAsync();
        var state = new Dictionary<string, object>
        {
            ["ticket"] = NewTicket(),
            ["language"] = "es",
            ["nested"] = new Dictionary<string, object> { ["customer"] = new TestCustomer { Name = "Luis" } },
        };

        await WriteAsync(storage, "conversation", state);
        var read = await ReadDictionaryAsync(storage, "conversation");

        Assert.Equal("Broken blender", Assert.IsType<TestTicket>(read["ticket"]).Title);
        Assert.Equal("es", read["language"]);
        var nested = Assert.IsType<Dictionary<string, object>>(read["nested"]);
        Assert.Equal("Luis", Assert.IsType<TestCustomer>(nested["customer"]).Name);
        var etag = Assert.IsType<string>(read[JsonStorage.ETagEntry]);
        Assert.Equal(etag, state[JsonStorage.ETagEntry]);
        Assert.Equal([JsonStorage.ETagEntry, "language", "nested", "ticket"], state.Keys.Order(StringComparer.Ordinal));

        // The way BotState saves: the dictionary it read, with its eTag entry, changed in place.
        read["language"] = "en";
        await WriteAsync(storage, "conversation", read);
        var again = await ReadDictionaryAsync(storage, "conversation");

        Assert.Equal("en", again["language"]);
        Assert.NotEqual(etag, again[JsonStorage.ETagEntry]);
        Assert.Equal(read[JsonStorage.ETagEntry], again[JsonStorage.ETagEntry]);
        Assert.Equal(4, again.Count);
    }

    [Fact]
    public async Task Write_AnyStringObjectDictionary_IsStoredAsTheRootDictionary()
    {
        var storage = await CreateStorageAsync();
        var state = new ConcurrentDictionary<string, object>(StringComparer.Ordinal) { ["ticket"] = NewTicket() };

        await WriteAsync(storage, "conversation", state);
        var read = await ReadDictionaryAsync(storage, "conversation");

        Assert.IsType<TestTicket>(read["ticket"]);
    }

    [Fact]
    public async Task Write_JObjectWithoutType_ReadsBackAsJObjectWithETag()
    {
        var storage = await CreateStorageAsync();

        await WriteAsync(storage, "legacy", JObject.Parse("""{"count": 3, "eTag": "*"}"""));
        var read = Assert.IsType<JObject>((await storage.ReadAsync(["legacy"]))["legacy"]);

        Assert.Equal(3, read.Value<int>("count"));
        Assert.NotEqual("*", read.Value<string>(JsonStorage.ETagEntry));
        Assert.False(string.IsNullOrEmpty(read.Value<string>(JsonStorage.ETagEntry)));
    }

    [Fact]
    public async Task Write_StaleStoreItemETag_ThrowsConflictNamingTheKey()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "ticket", NewTicket());
        var first = await ReadTicketAsync(storage, "ticket");
        var second = await ReadTicketAsync(storage, "ticket");

        first.Priority = 1;
        await WriteAsync(storage, "ticket", first);
        second.Priority = 3;
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "ticket", second));

        Assert.Equal("ticket", conflict.Key);
        Assert.Contains("'ticket'", conflict.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken blender", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await ReadTicketAsync(storage, "ticket")).Priority);
    }

    [Fact]
    public async Task Write_StaleDictionaryETag_ThrowsConflict()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "conversation", new Dictionary<string, object> { ["language"] = "es" });
        var first = await ReadDictionaryAsync(storage, "conversation");
        var second = await ReadDictionaryAsync(storage, "conversation");

        first["language"] = "en";
        await WriteAsync(storage, "conversation", first);
        second["language"] = "fr";
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync(storage, "conversation", second));

        Assert.Equal("en", (await ReadDictionaryAsync(storage, "conversation"))["language"]);
    }

    [Fact]
    public async Task Write_SameObjectTwice_SecondWriteUsesTheNewETag()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "ticket", NewTicket());
        var ticket = await ReadTicketAsync(storage, "ticket");
        var state = await ReadDictionaryOrNewAsync(storage, "conversation");

        ticket.Priority = 1;
        await WriteAsync(storage, "ticket", ticket);
        ticket.Priority = 5;
        await WriteAsync(storage, "ticket", ticket);
        state["language"] = "es";
        await WriteAsync(storage, "conversation", state);
        state["language"] = "en";
        await WriteAsync(storage, "conversation", state);

        Assert.Equal(5, (await ReadTicketAsync(storage, "ticket")).Priority);
        Assert.Equal("en", (await ReadDictionaryAsync(storage, "conversation"))["language"]);
    }

    [Fact]
    public async Task Write_WildcardETag_OverwritesWhateverIsStored()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "ticket", NewTicket());
        await WriteAsync(storage, "conversation", new Dictionary<string, object> { ["language"] = "es" });
        var staleTicket = await ReadTicketAsync(storage, "ticket");
        var staleState = await ReadDictionaryAsync(storage, "conversation");
        await WriteAsync(storage, "ticket", await ReadTicketAsync(storage, "ticket"));
        await WriteAsync(storage, "conversation", await ReadDictionaryAsync(storage, "conversation"));

        staleTicket.ETag = "*";
        staleTicket.Title = "Forced";
        staleState[JsonStorage.ETagEntry] = "*";
        staleState["language"] = "en";
        await WriteAsync(storage, "ticket", staleTicket);
        await WriteAsync(storage, "conversation", staleState);

        Assert.Equal("Forced", (await ReadTicketAsync(storage, "ticket")).Title);
        Assert.Equal("en", (await ReadDictionaryAsync(storage, "conversation"))["language"]);
    }

    [Fact]
    public async Task Write_WithOldETagAfterDelete_Succeeds()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "ticket", NewTicket());
        var ticket = await ReadTicketAsync(storage, "ticket");

        await storage.DeleteAsync(["ticket"]);
        ticket.Title = "Written again";
        await WriteAsync(storage, "ticket", ticket);

        Assert.Equal("Written again", (await ReadTicketAsync(storage, "ticket")).Title);
    }

    [Fact]
    public async Task Delete_RemovesOnlyTheGivenKeys_AndIgnoresMissingOnes()
    {
        var storage = await CreateStorageAsync();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = NewTicket("A"), ["b"] = NewTicket("B") });

        await storage.DeleteAsync(["a", "never-written"]);
        var left = await storage.ReadAsync(["a", "b"]);

        Assert.Equal("B", Assert.IsType<TestTicket>(Assert.Single(left, item => item.Key == "b").Value).Title);
        Assert.DoesNotContain("a", left.Keys);
    }

    [Fact]
    public async Task Write_NullValue_DeletesTheKey()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "ticket", NewTicket());

        await storage.WriteAsync(new Dictionary<string, object> { ["ticket"] = null! });

        Assert.Empty(await storage.ReadAsync(["ticket"]));
    }

    [Fact]
    public async Task Read_ManyKeys_ReturnsExactlyTheStoredOnes()
    {
        var storage = await CreateStorageAsync();
        var stored = Enumerable.Range(0, 40).ToDictionary(i => $"ticket-{i}", i => (object)NewTicket($"Ticket {i}"));
        await storage.WriteAsync(stored);

        var keys = stored.Keys.Concat(Enumerable.Range(40, 10).Select(i => $"ticket-{i}")).Append("ticket-0").ToArray();
        var read = await storage.ReadAsync(keys);

        Assert.Equal(stored.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        Assert.All(read, item => Assert.Equal(
            $"Ticket {item.Key["ticket-".Length..]}", Assert.IsType<TestTicket>(item.Value).Title));
    }

    [Fact]
    public async Task Write_UnregisteredType_IsRefusedAndNothingIsStored()
    {
        var storage = await CreateStorageAsync();

        var atRoot = await Assert.ThrowsAsync<JsonSerializationException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["good"] = NewTicket(), ["bad"] = new UnregisteredNote() }));
        var nested = await Assert.ThrowsAsync<JsonSerializationException>(() => storage.WriteAsync(
            new Dictionary<string, object>
            {
                ["good"] = NewTicket(),
                ["bad"] = new Dictionary<string, object> { ["note"] = new UnregisteredNote() },
            }));

        Assert.Contains($"'{typeof(UnregisteredNote).FullName}' is not allowed in stored state", Messages(atRoot), StringComparison.Ordinal);
        Assert.Contains($"'{typeof(UnregisteredNote).FullName}' is not allowed in stored state", Messages(nested), StringComparison.Ordinal);
        Assert.Empty(await storage.ReadAsync(["good", "bad"]));
    }

    [Theory]
    [InlineData("""{"$type":"System.Diagnostics.Process, System","StartInfo":{"FileName":"sh"}}""", "System.Diagnostics.Process, System")]
    [InlineData("""{"$type":"dict","ok":{"$type":"test-customer","Name":"Ana"},"bad":{"$type":"System.IO.FileInfo, System.IO.FileSystem"}}""", "System.IO.FileInfo, System.IO.FileSystem")]
    [InlineData("""{"$type":"TestTicket","Title":"CLR names are not stable names"}""", "TestTicket")]
    public async Task Read_StoredTypeOutsideTheAllowList_IsRefused(string json, string typeName)
    {
        var storage = await CreateStorageAsync();
        await WriteForeignJsonAsync(storage, "tampered", json);

        var refused = await Assert.ThrowsAsync<JsonSerializationException>(() => storage.ReadAsync(["tampered"]));

        Assert.Contains($"Type '{typeName}' is not allowed in stored state", Messages(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentWriters_WithTheSameETag_ExactlyOneWins()
    {
        var storage = await CreateStorageAsync();
        await WriteAsync(storage, "race", NewTicket());

        for (var round = 0; round < RaceRounds; round++)
        {
            var first = await ReadTicketAsync(storage, "race");
            var second = await ReadTicketAsync(storage, "race");
            first.Title = $"first {round}";
            second.Title = $"second {round}";

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryWriteAsync(storage, "race", first)),
                Task.Run(() => TryWriteAsync(storage, "race", second)));

            Assert.Single(outcomes, outcome => outcome is null);
            Assert.Single(outcomes, outcome => outcome is StorageConflictException);
            var winner = outcomes[0] is null ? first : second;
            Assert.Equal(winner.Title, (await ReadTicketAsync(storage, "race")).Title);
        }
    }

    [Fact]
    public async Task Arguments_NullIsRefused_EmptyIsNothingToDo()
    {
        var storage = await CreateStorageAsync();

        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.ReadAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.DeleteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.WriteAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ReadAsync([""]));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object> { [""] = NewTicket() }));

        Assert.Empty(await storage.ReadAsync([]));
        await storage.DeleteAsync([]);
        await storage.WriteAsync(new Dictionary<string, object>());
    }

    protected static Task WriteAsync(IStorage storage, string key, object value) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = value });

    protected static async Task<TestTicket> ReadTicketAsync(IStorage storage, string key) =>
        Assert.IsType<TestTicket>((await storage.ReadAsync([key]))[key]);

    protected static async Task<Dictionary<string, object>> ReadDictionaryAsync(IStorage storage, string key) =>
        Assert.IsType<Dictionary<string, object>>((await storage.ReadAsync([key]))[key]);

    private static async Task<IDictionary<string, object>> ReadDictionaryOrNewAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key])).TryGetValue(key, out var value)
            ? (IDictionary<string, object>)value
            : new Dictionary<string, object>();

    private static async Task<Exception?> TryWriteAsync(IStorage storage, string key, object value)
    {
        try
        {
            await WriteAsync(storage, key, value);
            return null;
        }
        catch (StorageConflictException conflict)
        {
            return conflict;
        }
    }

    private static string Messages(Exception exception) =>
        exception.InnerException is null ? exception.Message : $"{exception.Message} | {Messages(exception.InnerException)}";
}
