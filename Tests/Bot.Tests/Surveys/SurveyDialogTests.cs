using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Tests.Conversation;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using static SupportBot.Bot.Tests.Conversation.ConversationHarness;

namespace SupportBot.Bot.Tests.Surveys;

/// <summary>The satisfaction survey, every path, in Spanish and English, over the production registration with a
/// keyword sentiment analyzer and a recording escalation gateway at the edges.</summary>
public sealed class SurveyDialogTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _harness;

    public SurveyDialogTests()
    {
        _harness = new ConversationHarness(
            new Dictionary<string, string?>
            {
                ["DemoOrders:Orders:0:CustomerId"] = "test:ana",
                ["DemoOrders:Orders:0:OrderId"] = "10234",
                ["DemoOrders:Orders:0:Product"] = "Nimbus X2",
                ["DemoOrders:Orders:0:DeliveredOn"] = "2026-11-12",
                ["DemoOrders:Orders:1:CustomerId"] = "test:bob",
                ["DemoOrders:Orders:1:OrderId"] = "20777",
                ["DemoOrders:Orders:1:Product"] = "Aero Kettle",
                ["DemoOrders:Orders:1:DeliveredOn"] = "2026-11-12",
            },
            _time);
    }

    public static TheoryData<string, Language> Locales => new() { { "es-ES", Language.Spanish }, { "en-US", Language.English } };

    internal static string Start(Language language) => language == Language.Spanish ? "quiero valorar mi compra" : "I'd like to give feedback";

    private async Task<SurveyRecord> OnlyRecordAsync(string user)
    {
        var records = await _harness.Surveys.ListByCustomerAsync("test:" + user, CancellationToken.None);
        return Assert.Single(records);
    }

    [Fact]
    public async Task Promoter_WithOrderContext_Spanish()
    {
        var t = Texts.Spanish;
        await _harness.Flow("es-ES", "ana")
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send("quiero valorar mi pedido 10234")
            .AssertReply(Says("Queremos saber qué te ha parecido tu pedido #10234 (Nimbus X2), entregado el 12 de noviembre."))
            .AssertReply(Says(t.SurveyAskCsat))
            .Send("5").AssertReply(Says(t.SurveyAskNps))
            .Send("diez").AssertReply(Says(t.SurveyAskWhyPromoter))
            .Send("Me encantó, llegó rapidísimo").AssertReply(Says(t.SurveyThanksPromoter))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var record = await OnlyRecordAsync("ana");
        Assert.Equal((SurveyStatus.Completed, 5, 10, CustomerSegment.Promoter), (record.Status, record.Csat, record.Nps, record.Segment));
        Assert.Equal(("10234", "Nimbus X2", Language.Spanish), (record.OrderId, record.Product, record.Language));
        Assert.Equal(SentimentLabel.Positive, record.Sentiment?.Label);
        Assert.False(record.Escalation?.Escalate);
        Assert.Empty(_harness.Escalations.Requests);
    }

    [Fact]
    public async Task Promoter_English_IsInvitedToReview_WhenALinkIsConfigured()
    {
        var harness = new ConversationHarness(new Dictionary<string, string?> { ["Surveys:ReviewUrl"] = "https://reviews.example/shop" });
        var t = Texts.English;
        await harness.Flow("en-US", "carol")
            .StartSurvey(Language.English)
            .Send("★★★★★").AssertReply(Says(t.SurveyAskNps))
            .Send("9").AssertReply(Says(t.SurveyAskWhyPromoter))
            .Send("great quality").AssertReply(Says(t.SurveyThanksPromoter))
            .AssertReply(Says(t.SurveyReviewInvite(new Uri("https://reviews.example/shop"))))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Passive_WhoSkipsTheComment_IsThanked(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "dan")
            .StartSurvey(language)
            .Send("4").AssertReply(Says(t.SurveyAskNps))
            .Send("8").AssertReply(Says(t.SurveyAskWhyPassive))
            .Send(language == Language.Spanish ? "saltar" : "skip").AssertReply(Says(t.SurveyThanksPassive))
            .StartTestAsync();

        var record = await OnlyRecordAsync("dan");
        Assert.Equal((SurveyStatus.Completed, CustomerSegment.Passive, true, null), (record.Status, record.Segment, record.CommentSkipped, record.Comment));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task ARecommendationOutOfFive_IsAskedAgain_NotReadAsOutOfTen(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "eva")
            .StartSurvey(language)
            .Send("5").AssertReply(Says(t.SurveyAskNps))
            .Send(language == Language.Spanish ? "un 4 de 5" : "4 out of 5").AssertReply(Says(t.PromptNumberRetry(0, 10) + " " + t.SurveyAskNps))
            .Send("8/10").AssertReply(Says(t.SurveyAskWhyPassive))
            .Send(language == Language.Spanish ? "saltar" : "skip").AssertReply(Says(t.SurveyThanksPassive))
            .StartTestAsync();

        var record = await OnlyRecordAsync("eva");
        Assert.Equal((8, CustomerSegment.Passive), (record.Nps, record.Segment));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Detractor_WithAspectsInferredFromTheComment_IsEscalatedAndToldSo(string locale, Language language)
    {
        var t = Texts.For(language);
        var comment = language == Language.Spanish ? "La entrega llegó tarde y el paquete roto" : "The box arrived late and crushed";
        await _harness.Flow(locale, "eve")
            .StartSurvey(language)
            .Send(language == Language.Spanish ? "dos" : "two").AssertReply(Says(t.SurveyAskNps))
            .Send("3").AssertReply(Says(t.SurveyAskWhyDetractor))
            .Send(comment).AssertReply(Says(t.SurveyEscalated(urgent: false)))
            .StartTestAsync();

        var record = await OnlyRecordAsync("eve");
        Assert.Equal([ServiceAspect.Delivery], record.Aspects);
        Assert.True(record.AspectsInferred);
        Assert.True(record.Escalation!.Escalate);
        Assert.Equal(EscalationPriority.High, record.Escalation.Priority);
        Assert.Contains(EscalationReason.DetractorNps, record.Escalation.Reasons);
        Assert.Contains(EscalationReason.LowCsat, record.Escalation.Reasons);
        Assert.Contains(EscalationReason.NegativeComment, record.Escalation.Reasons);
        var request = Assert.Single(_harness.Escalations.Requests);
        Assert.Equal((record.Id, 2, 3, language), (request.SurveyId, request.Csat, request.Nps, request.Language));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task EachAnswer_ReadsTheRecordOnce_AndSavesItOnce_EvenWhenTheLastStepsRunInOneTurn(string locale, Language language)
    {
        CountingSurveyStore? counting = null;
        var harness = new ConversationHarness(configure: services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(ISurveyStore));
            services.AddSingleton<ISurveyStore>(sp => counting = new CountingSurveyStore(
                (ISurveyStore)registered.ImplementationFactory!(sp)));
        });
        var t = Texts.For(language);
        var comment = language == Language.Spanish ? "La entrega llegó tarde y el paquete roto" : "The box arrived late and crushed";
        await harness.Flow(locale, "ivy")
            .StartSurvey(language)
            .Send("2").AssertReply(Says(t.SurveyAskNps))
            .Send("3").AssertReply(Says(t.SurveyAskWhyDetractor))
            .Send(comment).AssertReply(Says(t.SurveyEscalated(urgent: false)))
            .StartTestAsync();

        // Start: one save. Score, recommendation: one read and one save each. The comment: aspects inferred from it,
        // so the last step runs in the same turn on the record it is handed: one read, one save.
        Assert.Equal((3, 4), (counting!.Gets, counting.Saves));
        var record = Assert.Single(await harness.Surveys.ListByCustomerAsync("test:ivy", CancellationToken.None));
        Assert.Equal((SurveyStatus.Completed, 2, 3, SurveyStep.Done), (record.Status, record.Csat, record.Nps, record.NextStep));
        Assert.Equal(comment, record.Comment);
        Assert.Equal([ServiceAspect.Delivery], record.Aspects);
        Assert.True(record.AspectsInferred);
        Assert.Equal(record.Id, Assert.Single(harness.Escalations.Requests).SurveyId);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "No me gustó nada", "entrega y atención")]
    [InlineData("en-US", Language.English, "I didn't like it", "delivery, customer support")]
    public async Task Detractor_WithoutAspectsInTheComment_IsAskedWhichOnes(string locale, Language language, string comment, string aspects)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "fay")
            .StartSurvey(language)
            .Send("1").AssertReply(Says(t.SurveyAskNps))
            .Send("5").AssertReply(Says(t.SurveyAskWhyDetractor))
            .Send(comment).AssertReply(activity =>
            {
                Says(t.SurveyAskAspects)(activity);
                Offers(t.AspectDelivery, t.AspectProduct, t.AspectSupport, t.AspectBilling, t.AspectReturns, t.AspectNone)(activity);
            })
            .Send(aspects).AssertReply(Says(t.SurveyEscalated(urgent: false)))
            .StartTestAsync();

        var record = await OnlyRecordAsync("fay");
        Assert.Equal([ServiceAspect.Delivery, ServiceAspect.Support], record.Aspects);
        Assert.False(record.AspectsInferred);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "El repartidor fue rude y el paquete llegó roto")]
    [InlineData("en-US", Language.English, "The courier was rude and the box was crushed")]
    public async Task HighScoreWithANegativeComment_IsFlaggedAsAMismatchAndEscalated(string locale, Language language, string comment)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "gus")
            .StartSurvey(language)
            .Send("5").AssertReply(Says(t.SurveyAskNps))
            .Send("9").AssertReply(Says(t.SurveyAskWhyPromoter))
            .Send(comment).AssertReply(Says(t.SurveyEscalated(urgent: false)))
            .StartTestAsync();

        var decision = (await OnlyRecordAsync("gus")).Escalation!;
        Assert.Contains(EscalationReason.HighScoreNegativeComment, decision.Reasons);
        Assert.DoesNotContain(EscalationReason.LowCsat, decision.Reasons);
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "Es la última vez, me voy a la competencia")]
    [InlineData("en-US", Language.English, "Refund or I leave, I'm switching to another shop")]
    public async Task ChurnWords_AreUrgent(string locale, Language language, string comment)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "hal")
            .StartSurvey(language)
            .Send("3").AssertReply(Says(t.SurveyAskNps))
            .Send("7").AssertReply(Says(t.SurveyAskWhyPassive))
            .Send(comment).AssertReply(Says(t.SurveyAskAspects))
            .Send(language == Language.Spanish ? "ninguna en concreto" : "nothing in particular").AssertReply(Says(t.SurveyEscalated(urgent: true)))
            .StartTestAsync();

        var decision = (await OnlyRecordAsync("hal")).Escalation!;
        Assert.Equal(EscalationPriority.Urgent, decision.Priority);
        Assert.Contains(EscalationReason.ChurnIntent, decision.Reasons);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task AbandonAndResume_ContinuesAtTheNextQuestion_WithAnswersKept(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "ivy")
            .StartSurvey(language)
            .Send("4").AssertReply(Says(t.SurveyAskNps))
            .Send(language == Language.Spanish ? "luego" : "later").AssertReply(Says(t.SurveyPaused(7)))
            .StartTestAsync();

        var paused = await OnlyRecordAsync("ivy");
        Assert.Equal((SurveyStatus.InProgress, 4, SurveyStep.Nps), (paused.Status, paused.Csat, paused.NextStep));

        _time.Advance(TimeSpan.FromDays(3));
        await _harness.Flow(locale, "ivy")
            .Send(Start(language)).AssertReply(Says(t.SurveyResumed)).AssertReply(Says(t.SurveyAskNps))
            .Send("9").AssertReply(Says(t.SurveyAskWhyPromoter))
            .StartTestAsync();

        var resumed = await OnlyRecordAsync("ivy");
        Assert.Equal((paused.Id, 4, 9), (resumed.Id, resumed.Csat, resumed.Nps));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task UnfinishedSurvey_ExpiresAfterTheWindow_AndANewOneStarts(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "jon")
            .StartSurvey(language)
            .Send("2").AssertReply(Says(t.SurveyAskNps))
            .Send(language == Language.Spanish ? "ahora no" : "not now").AssertReply(Says(t.SurveyPaused(7)))
            .StartTestAsync();

        _time.Advance(TimeSpan.FromDays(8));
        await _harness.Flow(locale, "jon")
            .Send(Start(language)).AssertReply(Says(t.SurveyIntro)).AssertReply(Says(t.SurveyAskCsat))
            .StartTestAsync();

        var records = await _harness.Surveys.ListByCustomerAsync("test:jon", CancellationToken.None);
        Assert.Equal([SurveyStatus.InProgress, SurveyStatus.Expired], records.Select(r => r.Status));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "No más encuestas, gracias", "vuelve a preguntarme")]
    [InlineData("en-US", Language.English, "stop surveys", "ask me again")]
    public async Task OptOut_IsConfirmedPersistedAndRespected_OptInRestoresSurveys(string locale, Language language, string optOut, string optIn)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "kim")
            .Send("hola").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .Send(optOut).AssertReply(Says(t.SurveyOptOutConfirmed)).AssertReply(Says(t.MenuPrompt))
            .Send(Start(language)).AssertReply(Says(t.SurveyOptedOut)).AssertReply(Says(t.AnythingElse))
            .StartTestAsync();
        Assert.True(await _harness.Surveys.IsOptedOutAsync("test:kim", CancellationToken.None));

        await _harness.Flow(locale, "kim")
            .Send(optIn).AssertReply(Says(t.SurveyOptInConfirmed))
            .Send(Start(language)).AssertReply(Says(t.SurveyIntro)).AssertReply(Says(t.SurveyAskCsat))
            .StartTestAsync();
        Assert.False(await _harness.Surveys.IsOptedOutAsync("test:kim", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task OptOut_MidSurvey_StopsIt(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "lou")
            .StartSurvey(language)
            .Send(language == Language.Spanish ? "no quiero más encuestas" : "no more surveys").AssertReply(Says(t.SurveyOptOutConfirmed))
            .Send("4").AssertReply(StartsWith(t.WelcomeBack("SupportBot")))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task GarbageAnswers_AreReaskedOnce_ThenTheSurveyEndsGracefully_AndIsRecordedAbandoned(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "max")
            .StartSurvey(language)
            .Send("4").AssertReply(Says(t.SurveyAskNps))
            .Send("purple").AssertReply(Says(t.PromptNumberRetry(0, 10) + " " + t.SurveyAskNps))
            .Send("11").AssertReply(Says(t.SurveyAbandoned))
            .AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        var record = await OnlyRecordAsync("max");
        Assert.Equal((SurveyStatus.Abandoned, 4, null), (record.Status, record.Csat, record.Nps));
    }

    [Theory]
    [InlineData("es-ES", Language.Spanish, "cancelar")]
    [InlineData("en-US", Language.English, "cancel")]
    public async Task CancelMidWay_KeepsTheAnswersGiven(string locale, Language language, string cancel)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "ned")
            .StartSurvey(language)
            .Send("😀").AssertReply(Says(t.SurveyAskNps))
            .Send(cancel).AssertReply(Says(t.Cancelled)).AssertReply(Says(t.MenuPrompt))
            .StartTestAsync();

        var record = await OnlyRecordAsync("ned");
        Assert.Equal((SurveyStatus.InProgress, 5), (record.Status, record.Csat));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task SecondSurveyForTheSameOrder_IsRefusedPolitely(string locale, Language language)
    {
        var t = Texts.For(language);
        var start = language == Language.Spanish ? "valorar mi pedido 20777" : "rate my order #20777";
        await _harness.Flow(locale, "bob")
            .Send(start).AssertReply(StartsWith(t.Welcome("SupportBot")))
            .AssertReply(StartsWith(language == Language.Spanish ? "Queremos saber" : "We'd love to know"))
            .AssertReply(Says(t.SurveyAskCsat))
            .Send("4").AssertReply(Says(t.SurveyAskNps))
            .Send("8").AssertReply(Says(t.SurveyAskWhyPassive))
            .Send("skip").AssertReply(Says(t.SurveyThanksPassive)).AssertReply(Says(t.AnythingElse))
            .Send(start).AssertReply(Says(t.SurveyAlreadyAnswered("20777"))).AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        Assert.Single(await _harness.Surveys.ListByCustomerAsync("test:bob", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task AnotherCustomersOrder_GivesNoContext(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "mallory")
            .Send(language == Language.Spanish ? "valorar mi pedido 10234" : "rate my order 10234").AssertReply(StartsWith(t.Welcome("SupportBot")))
            .AssertReply(Says(t.SurveyIntro))
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Throttle_RefusesASecondSurveyWithin30Days_ThenAllowsIt(string locale, Language language)
    {
        var t = Texts.For(language);
        await _harness.Flow(locale, "oli")
            .StartSurvey(language)
            .Send("4").AssertReply(Says(t.SurveyAskNps))
            .Send("8").AssertReply(Says(t.SurveyAskWhyPassive))
            .Send("skip").AssertReply(Says(t.SurveyThanksPassive)).AssertReply(Says(t.AnythingElse))
            .Send(Start(language)).AssertReply(Says(t.SurveyThrottled)).AssertReply(Says(t.AnythingElse))
            .StartTestAsync();

        _time.Advance(TimeSpan.FromDays(31));
        await _harness.Flow(locale, "oli")
            .Send(Start(language)).AssertReply(Says(t.SurveyIntro))
            .StartTestAsync();
    }

    [Fact]
    public async Task NpsCanBeTurnedOff()
    {
        var harness = new ConversationHarness(new Dictionary<string, string?> { ["Surveys:NpsEnabled"] = "false" });
        var t = Texts.Spanish;
        await harness.Flow("es-ES", "pia")
            .StartSurvey(Language.Spanish)
            .Send("5").AssertReply(Says(t.SurveyAskWhyPromoter))
            .StartTestAsync();
    }

    [Fact]
    public async Task Comment_IsStoredRedacted_NeverRaw()
    {
        var t = Texts.Spanish;
        await _harness.Flow("es-ES", "quin")
            .StartSurvey(Language.Spanish)
            .Send("4").AssertReply(Says(t.SurveyAskNps))
            .Send("8").AssertReply(Says(t.SurveyAskWhyPassive))
            .Send("Escribidme a quin.perez@example.com o al 612 345 678").AssertReply(Says(t.SurveyThanksPassive))
            .StartTestAsync();

        var record = await OnlyRecordAsync("quin");
        Assert.DoesNotContain("quin.perez@example.com", record.Comment, StringComparison.Ordinal);
        Assert.DoesNotContain("612 345 678", record.Comment, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", record.Comment, StringComparison.Ordinal);
    }
}
