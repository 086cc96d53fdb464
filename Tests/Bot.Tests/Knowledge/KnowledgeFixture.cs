using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Knowledge;

namespace SupportBot.Bot.Tests.Knowledge;

/// <summary>The shipped articles (copied next to the tests), indexed once for a test class.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public KnowledgeFixture() => Knowledge = Create(new KnowledgeOptions());

    public LuceneKnowledgeBase Knowledge { get; }

    /// <summary>A knowledge base over <paramref name="options"/>, relative paths from the test output folder.</summary>
    public static LuceneKnowledgeBase Create(KnowledgeOptions options)
        => new(Options.Create(options), new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory }, NullLogger<LuceneKnowledgeBase>.Instance);

    public void Dispose() => Knowledge.Dispose();
}
