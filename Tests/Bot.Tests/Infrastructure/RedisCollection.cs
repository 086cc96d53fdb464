using System.Diagnostics.CodeAnalysis;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>Tests that share one throw-away Redis server (<see cref="RedisServerFixture"/>).</summary>
[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711", Justification = "xUnit names collection definitions XxxCollection.")]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
