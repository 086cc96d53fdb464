using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Tests.Engine;
using static SupportBot.Dialogs.Tests.Engine.EngineHarness;

namespace SupportBot.Dialogs.Tests.Knowledge;

/// <summary>The knowledge dialog's paths, in both languages, with a knowledge base whose answers the tests choose (state
/// goes through a JSON round trip every turn).</summary>
public sealed class KnowledgeDialogTests
{
    private readonly FakeKnowledgeBase _knowledge = new FakeKnowledgeBase()
        .Answer("plazo de envío", KnowledgeMatch.Confident, "shipping", "returns")
        .Answer("delivery time", KnowledgeMatch.Confident, "shipping", "returns")
        .Answer("algo de un paquete", KnowledgeMatch.Uncertain, "shipping", "returns")
        .Answer("something about a parcel", KnowledgeMatch.Uncertain, "shipping", "returns");

    public static TheoryData<Language, string> Confident => new()
    {
        { Language.Spanish, "plazo de envío" },
        { Language.English, "delivery time" },
    };

    public static TheoryData<Language, string> Unsure => new()
    {
        { Language.Spanish, "algo de un paquete" },
        { Language.English, "something about a parcel" },
    };

    private EngineHarness Harness(Language language)
        => new([new KnowledgeHost(), new KnowledgeDialog(_knowledge, _knowledge), new HandoffStandIn()]) { Language = language };

    private static string Answer(string id, Language language)
    {
        var article = FakeKnowledgeBase.Article(id, language);
        var related = FakeKnowledgeBase.Article("returns", language).Title;
        return id == "shipping"
            ? $"**{article.Title}**\n\n{article.Body}\n\n{KnowledgeTexts.For(language).SeeAlso([related])}"
            : $"**{article.Title}**\n\n{article.Body}";
    }

    [Theory]
    [MemberData(nameof(Confident))]
    public async Task ConfidentAnswer_AsksWhetherItHelped_AndAYesIsRecorded(Language language, string confident)
    {
        var t = Texts.For(language);
        var k = KnowledgeTexts.For(language);
        await Harness(language).Flow()
            .Send(confident).AssertReply(Says(Answer("shipping", language)))
            .AssertReply(activity => { Says(k.WasItHelpful)(activity); HasButtons(t.Yes, t.No)(activity); })
            .Send(language == Language.Spanish ? "sí, gracias" : "yes thanks").AssertReply(Says(k.GladItHelped))
            .AssertReply(Says("done"))
            .StartTestAsync();

        var feedback = Assert.Single(_knowledge.Feedback);
        Assert.Equal(("shipping", language, true), (feedback.ArticleId, feedback.Language, feedback.Helpful));
    }

    [Theory]
    [MemberData(nameof(Confident))]
    public async Task ANo_IsRecorded_AndHandsOverToAPerson(Language language, string confident)
    {
        var k = KnowledgeTexts.For(language);
        await Harness(language).Flow()
            .Send(confident).AssertReply(Says(Answer("shipping", language)))
            .AssertReply(Says(k.WasItHelpful))
            .Send("no").AssertReply(Says(k.SorryItDidNotHelp))
            .AssertReply(Says("handoff"))
            .StartTestAsync();

        Assert.False(Assert.Single(_knowledge.Feedback).Helpful);
    }

    [Theory]
    [MemberData(nameof(Unsure))]
    public async Task AnUnsureSearch_OffersSuggestions_PickedByTitleOrPosition(Language language, string unsure)
    {
        var k = KnowledgeTexts.For(language);
        var titles = new[] { FakeKnowledgeBase.Article("shipping", language).Title, FakeKnowledgeBase.Article("returns", language).Title, k.NoneOfThese };
        await Harness(language).Flow()
            .Send(unsure).AssertReply(activity => { Says(k.Suggestions)(activity); HasButtons(titles)(activity); })
            .Send("2").AssertReply(Says(Answer("returns", language)))
            .AssertReply(Says(k.WasItHelpful))
            .StartTestAsync();

        await Harness(language).Flow()
            .Send(unsure).AssertReply(Says(k.Suggestions))
            .Send(titles[0]).AssertReply(Says(Answer("shipping", language)))
            .AssertReply(Says(k.WasItHelpful))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Unsure))]
    public async Task NoneOfTheSuggestions_HandsOverToAPerson_WithoutRecordingFeedback(Language language, string unsure)
    {
        var k = KnowledgeTexts.For(language);
        await Harness(language).Flow()
            .Send(unsure).AssertReply(Says(k.Suggestions))
            .Send(k.NoneOfThese).AssertReply(Says(k.NoAnswer))
            .AssertReply(Says("handoff"))
            .StartTestAsync();

        Assert.Empty(_knowledge.Feedback);
    }

    [Theory]
    [MemberData(nameof(Confident))]
    public async Task NothingFound_AsksOnceForOtherWords_ThenHandsOver(Language language, string confident)
    {
        var k = KnowledgeTexts.For(language);
        await Harness(language).Flow()
            .Send("paella").AssertReply(Says(k.Rephrase))
            .Send("tortilla").AssertReply(Says(k.NoAnswer))
            .AssertReply(Says("handoff"))
            .StartTestAsync();

        await Harness(language).Flow()
            .Send("paella").AssertReply(Says(k.Rephrase))
            .Send(confident).AssertReply(Says(Answer("shipping", language)))
            .AssertReply(Says(k.WasItHelpful))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Confident))]
    public async Task AnAnnouncedQuestion_OrNone_IsAskedFor(Language language, string confident)
    {
        var t = Texts.For(language);
        await Harness(language).Flow()
            .Send(language == Language.Spanish ? "hola, tengo una duda" : "hi, quick question").AssertReply(Says(t.QuestionAsk))
            .Send(confident).AssertReply(Says(Answer("shipping", language)))
            .AssertReply(Says(KnowledgeTexts.For(language).WasItHelpful))
            .StartTestAsync();

        await Harness(language).Flow()
            .Send("?").AssertReply(Says(t.QuestionAsk))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "plazo de envío", "algo de un paquete")]
    [InlineData(Language.English, "delivery time", "something about a parcel")]
    public async Task AnotherQuestion_InsteadOfYesOrNo_IsAnswered(Language language, string confident, string unsure)
    {
        var k = KnowledgeTexts.For(language);
        await Harness(language).Flow()
            .Send(confident).AssertReply(Says(Answer("shipping", language)))
            .AssertReply(Says(k.WasItHelpful))
            .Send(unsure).AssertReply(Says(k.Suggestions))
            .StartTestAsync();

        Assert.Empty(_knowledge.Feedback);
    }
}
