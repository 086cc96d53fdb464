using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Survey;
using static SupportBot.Dialogs.Abstractions.ServiceAspect;
using static SupportBot.Dialogs.Tests.Survey.SentimentFixtures;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class AspectRecognizerTests
{
    public static TheoryData<string, ServiceAspect> ButtonsInBothLanguages()
    {
        var data = new TheoryData<string, ServiceAspect>();
        foreach (var (aspect, choice) in AspectRecognizer.Options)
        {
            data.Add(choice.Value, aspect);
            data.Add(choice.Title.Spanish, aspect);
            data.Add(choice.Title.English, aspect);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ButtonsInBothLanguages))]
    public void Recognize_ButtonValueOrTitle_PicksItsAspect(string text, ServiceAspect aspect) =>
        Assert.Equal([aspect], AspectRecognizer.Recognize(text).Value);

    [Theory]
    // synonyms, with or without accents, in either language, alone or in a sentence
    [InlineData("entrega", Delivery)]
    [InlineData("Envío", Delivery)]
    [InlineData("envio", Delivery)]
    [InlineData("el repartidor", Delivery)]
    [InlineData("Llegó tarde", Delivery)]
    [InlineData("shipping", Delivery)]
    [InlineData("the courier", Delivery)]
    [InlineData("producto defectuoso", Product)]
    [InlineData("la calidad", Product)]
    [InlineData("quality", Product)]
    [InlineData("atención al cliente", Support)]
    [InlineData("Atencion", Support)]
    [InlineData("customer service", Support)]
    [InlineData("the staff", Support)]
    [InlineData("la factura", Billing)]
    [InlineData("Demasiado caro", Billing)]
    [InlineData("invoice", Billing)]
    [InlineData("devolución", Returns)]
    [InlineData("el reembolso", Returns)]
    [InlineData("refund", Returns)]
    // positions in the offered list
    [InlineData("1", Delivery)]
    [InlineData("la segunda", Product)]
    [InlineData("the last one", Returns)]
    public void Recognize_OneAspectInWords_PicksIt(string text, ServiceAspect aspect) =>
        Assert.Equal([aspect], AspectRecognizer.Recognize(text).Value);

    [Theory]
    [InlineData("la entrega y la atención", new[] { Delivery, Support })]
    [InlineData("Support and delivery", new[] { Support, Delivery })]
    [InlineData("delivery, support", new[] { Delivery, Support })]
    [InlineData("precio / devolución", new[] { Billing, Returns })]
    [InlineData("El producto llegó roto y la atención fue mala", new[] { Product, Support })]
    [InlineData("factura; envío & calidad", new[] { Billing, Delivery, Product })]
    [InlineData("1 y 3", new[] { Delivery, Support })]
    [InlineData("2, 5", new[] { Product, Returns })]
    [InlineData("entrega y envío", new[] { Delivery })]
    public void Recognize_SeveralAspects_AllOfThemInOrderOfMention(string text, ServiceAspect[] aspects) =>
        Assert.Equal(aspects, AspectRecognizer.Recognize(text).Value);

    [Theory]
    [InlineData("ninguno")]
    [InlineData("Nada")]
    [InlineData("otra cosa")]
    [InlineData("None")]
    [InlineData("nothing in particular")]
    [InlineData("something else")]
    public void Recognize_None_SucceedsWithNoAspects(string text)
    {
        var recognition = AspectRecognizer.Recognize(text);

        Assert.True(recognition.Succeeded);
        Assert.Empty(recognition.Value);
    }

    [Fact]
    public void Recognize_NoneButtonInEitherLanguage_SucceedsWithNoAspects()
    {
        foreach (var title in new[] { Texts.Spanish.AspectNone, Texts.English.AspectNone })
        {
            Assert.Empty(AspectRecognizer.Recognize(title).Value);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdfgh")]
    [InlineData("7")]
    [InlineData("no sé")]
    public void Recognize_NothingUnderstood_Fails(string? text) => Assert.False(AspectRecognizer.Recognize(text).Succeeded);

    [Fact]
    public void Infer_NoSentiment_IsEmpty() => Assert.Empty(AspectRecognizer.Infer(null));

    [Fact]
    public void Infer_OnlyNegativeOrMixedOpinionsAboutAnAspect_Count()
    {
        var sentiment = Comment(SentimentLabel.Mixed, 0.5, positive: 0.4, sentences:
        [
            Sentence(SentimentLabel.Positive, 0.1, Opinion(Product, SentimentLabel.Positive), Opinion(Support, SentimentLabel.Positive)),
            Sentence(SentimentLabel.Negative, 0.8, Opinion(Delivery, SentimentLabel.Negative), Opinion(null, SentimentLabel.Negative)),
            Sentence(SentimentLabel.Neutral, 0.3, Opinion(Billing, SentimentLabel.Mixed), Opinion(Returns, SentimentLabel.Neutral)),
        ]);

        Assert.Equal([Delivery, Billing], AspectRecognizer.Infer(sentiment));
    }

    [Fact]
    public void Infer_MostMentionedFirst_TiesInOrderOfMention()
    {
        var sentiment = Comment(SentimentLabel.Negative, 0.9, sentences:
        [
            Sentence(SentimentLabel.Negative, 0.8, Opinion(Product, SentimentLabel.Negative), Opinion(Support, SentimentLabel.Negative)),
            Sentence(SentimentLabel.Negative, 0.9, Opinion(Delivery, SentimentLabel.Negative), Opinion(Billing, SentimentLabel.Mixed)),
            Sentence(SentimentLabel.Negative, 0.9, Opinion(Delivery, SentimentLabel.Mixed), Opinion(Support, SentimentLabel.Negative)),
        ]);

        Assert.Equal([Support, Delivery, Product, Billing], AspectRecognizer.Infer(sentiment));
    }
}
