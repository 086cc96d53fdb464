using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Tests.Storage;

public sealed class JsonRoundTripStorageTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new JsonRoundTripStorage());
}
