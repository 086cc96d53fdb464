using System.Diagnostics.CodeAnalysis;

namespace SupportBot.Bot.Tests.Fuzz;

/// <summary>Tests that measure the whole test process (its managed heap) and so run after the parallel tests, alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
[SuppressMessage("Naming", "CA1711", Justification = "xUnit names collection definitions XxxCollection.")]
public sealed class RunsAloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Runs alone";
}
