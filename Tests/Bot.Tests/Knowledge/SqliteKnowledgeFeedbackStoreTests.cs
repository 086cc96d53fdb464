using SupportBot.Bot.Knowledge;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Knowledge;

public sealed class SqliteKnowledgeFeedbackStoreTests : KnowledgeFeedbackStoreContractTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N") + ".db");

    protected override IKnowledgeFeedbackStore CreateStore() => new SqliteKnowledgeFeedbackStore(_path, TimeProvider.System);

    [Fact]
    public async Task Answers_SurviveARestart()
    {
        using (var first = new SqliteKnowledgeFeedbackStore(_path, TimeProvider.System))
        {
            await first.RecordAsync(new KnowledgeFeedback("invoices", Language.English, true, "c1"), CancellationToken.None);
        }

        using var second = new SqliteKnowledgeFeedbackStore(_path, TimeProvider.System);

        Assert.Equal([new ArticleFeedbackCount("invoices", 1, 0)], await second.CountAsync(CancellationToken.None));
    }
}
