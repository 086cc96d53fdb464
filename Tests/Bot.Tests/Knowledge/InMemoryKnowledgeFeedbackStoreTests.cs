using SupportBot.Bot.Knowledge;

namespace SupportBot.Bot.Tests.Knowledge;

public sealed class InMemoryKnowledgeFeedbackStoreTests : KnowledgeFeedbackStoreContractTests
{
    protected override IKnowledgeFeedbackStore CreateStore() => new InMemoryKnowledgeFeedbackStore();
}
