using Newtonsoft.Json.Linq;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Teams;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>The escalation card's JSON: what it shows in each language and status, and customer text that stays inert.</summary>
public sealed class EscalationCardTests
{
    private static EscalationCase Case(Language language, string comment, EscalationStatus status = EscalationStatus.Waiting)
    {
        var request = new EscalationRequest
        {
            CustomerId = "webchat:c1",
            ChannelId = "webchat",
            ConversationId = "conv-1",
            Language = language,
            OrderId = "10234",
            Product = "Nimbus X2",
            Csat = 2,
            Comment = comment,
            Sentiment = new SentimentResult
            {
                Label = SentimentLabel.Negative,
                Scores = new SentimentScores(0.05, 0.1, 0.85),
                Language = language,
                Provider = "offline",
                Sentences = [new SentenceSentiment(comment, 0, comment.Length, SentimentLabel.Negative, new SentimentScores(0, 0.1, 0.9), [])],
            },
            Aspects = [ServiceAspect.Billing],
            Decision = new EscalationDecision(true, [EscalationReason.LowCsat], EscalationPriority.High),
        };
        return new EscalationCase
        {
            Id = "e1",
            Request = request,
            Summary = EscalationSummary.For(request),
            Status = status,
            SlaDueAt = new DateTimeOffset(2026, 12, 2, 17, 30, 0, TimeSpan.FromHours(1)),
            ClaimedBy = status is EscalationStatus.Waiting or EscalationStatus.CallbackRequested ? null : "ana",
            Outcome = status == EscalationStatus.Resolved ? EscalationOutcome.Discount : null,
        };
    }

    private static IEnumerable<string> Texts(JObject card) => card["body"]!.Select(b => (string?)b["text"]).OfType<string>();

    private static string Fact(JObject card, string title)
        => (string)card["body"]!.First(b => (string?)b["type"] == "FactSet")["facts"]!.First(f => (string?)f["title"] == title)["value"]!;

    [Theory]
    [InlineData("plain words, nothing else", "plain words, nothing else")]
    [InlineData("**free** _now_ ~~x~~", @"\*\*free\*\* \_now\_ \~\~x\~\~")]
    [InlineData("[click](http://evil.example)", "\\[click\\](http:\u2060//evil.example)")]
    [InlineData("verify at https://evil.example or www.evil.example", "verify at https:\u2060//evil.example or www\u2060.evil.example")]
    [InlineData("<b>hi</b> &amp;", @"\<b\>hi\</b\> \&amp;")]
    [InlineData("`code` | a \\ b", @"\`code\` \| a \\ b")]
    [InlineData("{{DATE(2026-01-01T00:00:00Z)}}", @"\{\{DATE(2026-01-01T00:00:00Z)\}\}")]
    [InlineData("- item", @"\- item")]
    [InlineData("# title", @"\# title")]
    [InlineData("12. twelve", @"12\. twelve")]
    [InlineData("3) three", @"3\) three")]
    [InlineData("line one\n- two\r\n# three", "line one - two # three")]
    [InlineData("1.5 stars, 2-3 days", "1.5 stars, 2-3 days")]
    [InlineData("-5 euros", "-5 euros")]
    [InlineData("#1 problem", "#1 problem")]
    public void Inert_EscapesWhatMarkdownOrHtmlWouldRender(string text, string expected)
        => Assert.Equal(expected, EscalationCard.Inert(text));

    [Theory]
    [InlineData(Language.Spanish, "Motivos", "CSAT bajo", "Aspectos", "facturación", "Tomar el caso", "En espera")]
    [InlineData(Language.English, "Reasons", "low CSAT", "Aspects", "billing", "Claim", "Waiting")]
    public void WaitingCard_ShowsTheCaseInTheCustomersLanguage_WithAClaimButton(
        Language language, string reasons, string reason, string aspects, string aspect, string claim, string status)
    {
        var escalation = Case(language, "Me cobraron dos veces.");

        var card = EscalationCard.Build(escalation, null);

        Assert.Equal(("AdaptiveCard", "1.4"), ((string?)card["type"], (string?)card["version"]));
        Assert.Equal(reason, Fact(card, reasons));
        Assert.Equal(aspect, Fact(card, aspects));
        Assert.Equal(status, Fact(card, TeamsTexts.For(language).Status));
        Assert.Equal("2/5", Fact(card, "CSAT"));
        Assert.Equal("{{DATE(2026-12-02T16:30:00Z,SHORT)}} {{TIME(2026-12-02T16:30:00Z)}}", Fact(card, TeamsTexts.For(language).Due));
        var action = Assert.Single(card["actions"]!);
        Assert.Equal(("Action.Submit", claim), ((string?)action["type"], (string?)action["title"]));
        Assert.Equal(new JObject { ["action"] = "claim", ["escalationId"] = "e1" }, action["data"]);
    }

    [Theory]
    [InlineData(Language.Spanish, EscalationStatus.Claimed, "Asignado a Ana")]
    [InlineData(Language.English, EscalationStatus.Claimed, "Claimed by Ana")]
    [InlineData(Language.Spanish, EscalationStatus.Live, "Ana está hablando con el cliente")]
    [InlineData(Language.English, EscalationStatus.Live, "Ana is talking to the customer")]
    [InlineData(Language.Spanish, EscalationStatus.Resolved, "Resuelto por Ana: descuento")]
    [InlineData(Language.English, EscalationStatus.Resolved, "Resolved by Ana: discount")]
    [InlineData(Language.English, EscalationStatus.Expired, "Expired unclaimed")]
    [InlineData(Language.Spanish, EscalationStatus.Cancelled, "Cancelado por el cliente")]
    public void TakenOrClosedCard_ShowsItsStatus_WithoutTheClaimButton(Language language, EscalationStatus status, string expected)
    {
        var card = EscalationCard.Build(Case(language, "mal", status), "Ana");

        Assert.Equal(expected, Fact(card, TeamsTexts.For(language).Status));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void CallbackRequested_CanStillBeClaimed()
        => Assert.NotNull(EscalationCard.Build(Case(Language.English, "call me", EscalationStatus.CallbackRequested), null)["actions"]);

    [Fact]
    public void CustomerText_IsInertEverywhereItAppears()
    {
        const string comment = "**Gratis** [aquí](http://evil.example) <img src=x> {{TIME(2026-01-01T00:00:00Z)}}";

        var card = EscalationCard.Build(Case(Language.Spanish, comment), null);

        var texts = Texts(card).ToList();
        Assert.Contains(EscalationCard.Inert(comment), texts);
        Assert.DoesNotContain(texts, t => t.Contains("**Gratis**", StringComparison.Ordinal) || t.Contains("{{TIME", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("[aquí]", StringComparison.Ordinal));
    }
}
