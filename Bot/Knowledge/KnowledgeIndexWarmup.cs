namespace SupportBot.Bot.Knowledge;

/// <summary>Builds the knowledge base while the host starts, so a bad article stops the bot at start-up (with the file
/// named) instead of failing a customer's first question.</summary>
public sealed class KnowledgeIndexWarmup(LuceneKnowledgeBase knowledge) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledge.EnsureBuilt();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
