using System.Diagnostics.CodeAnalysis;

namespace SupportBot.Browser.Tests.Infrastructure;

/// <summary>Tests that share one browser (<see cref="BrowserFixture"/>).</summary>
[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711", Justification = "xUnit names collection definitions XxxCollection.")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
