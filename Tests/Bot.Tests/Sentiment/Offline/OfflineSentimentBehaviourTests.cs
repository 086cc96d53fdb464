using SupportBot.Bot.Sentiment.Offline;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Sentiment.Offline;

public sealed class OfflineSentimentBehaviourTests
{
    private static readonly OfflineSentimentAnalyzer Analyzer = SharedAnalyzer.Instance;

    [Theory]
    [InlineData("no está mal", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("No está nada mal para el precio", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("nunca más compro aquí", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("no funciona", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("no me ha gustado nada", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("sin ningún problema", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("not bad", Language.English, SentimentLabel.Positive)]
    [InlineData("not bad at all", Language.English, SentimentLabel.Positive)]
    [InlineData("never again", Language.English, SentimentLabel.Negative)]
    [InlineData("it didn't work", Language.English, SentimentLabel.Negative)]
    [InlineData("I did not like it", Language.English, SentimentLabel.Negative)]
    [InlineData("no problems at all", Language.English, SentimentLabel.Positive)]
    [InlineData("I recommend it", Language.English, SentimentLabel.Positive)]
    [InlineData("I don't recommend it", Language.English, SentimentLabel.Negative)]
    [InlineData("it works", Language.English, SentimentLabel.Positive)]
    [InlineData("I couldn't be happier with it", Language.English, SentimentLabel.Positive)]
    [InlineData("it could not have been easier", Language.English, SentimentLabel.Positive)]
    [InlineData("it couldn't be worse", Language.English, SentimentLabel.Negative)]
    [InlineData("my old one worked better than this", Language.English, SentimentLabel.Negative)]
    [InlineData("this little gadget goes everywhere with me!", Language.English, SentimentLabel.Positive)]
    [InlineData("I want to speak to a person!", Language.English, SentimentLabel.Neutral)]
    [InlineData("the friendliest staff in town", Language.English, SentimentLabel.Positive)]
    [InlineData("the nastiest coffee", Language.English, SentimentLabel.Negative)]
    [InlineData("the saddest salad", Language.English, SentimentLabel.Negative)]
    [InlineData("well-made", Language.English, SentimentLabel.Positive)]
    [InlineData("over-priced", Language.English, SentimentLabel.Negative)]
    [InlineData("super-friendly people", Language.English, SentimentLabel.Positive)]
    [InlineData("where is the package I ordered!", Language.English, SentimentLabel.Neutral)]
    public Task Negation_TurnsTheFeelingAround(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("muy bueno", "bueno", Language.Spanish)]
    [InlineData("super rápido", "rápido", Language.Spanish)]
    [InlineData("bueno", "un poco bueno", Language.Spanish)]
    [InlineData("lento", "un poco lento", Language.Spanish)]
    [InlineData("very good", "good", Language.English)]
    [InlineData("really slow", "slow", Language.English)]
    [InlineData("slow", "a bit slow", Language.English)]
    public async Task Intensifiers_StrengthenAndDiminishers_Weaken(string stronger, string weaker, Language language)
    {
        var strong = await AnalyzeAsync(stronger, language);
        var weak = await AnalyzeAsync(weaker, language);

        Assert.Equal(strong.Label, weak.Label);
        Assert.True(Strength(strong) > Strength(weak), $"\"{stronger}\" ({Strength(strong)}) should read stronger than \"{weaker}\" ({Strength(weak)})");
    }

    [Theory]
    [InlineData("malo", "MALO!!!", Language.Spanish)]
    [InlineData("el envío fue lento", "el envío fue LENTO", Language.Spanish)]
    [InlineData("genial", "genial!!!", Language.Spanish)]
    [InlineData("bad", "BAD!!!", Language.English)]
    [InlineData("the delivery was slow", "the delivery was SLOW", Language.English)]
    [InlineData("great", "great!!!", Language.English)]
    public async Task CapitalsAndExclamations_AddEmphasis(string plain, string emphatic, Language language)
    {
        var calm = await AnalyzeAsync(plain, language);
        var loud = await AnalyzeAsync(emphatic, language);

        Assert.Equal(calm.Label, loud.Label);
        Assert.True(Strength(loud) > Strength(calm), $"\"{emphatic}\" should read stronger than \"{plain}\"");
    }

    [Theory]
    [InlineData("El sofá es muy bonito pero llegó roto", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("Llegó un poco tarde pero el producto es genial", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("Me encanta, aunque llegó tarde", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("Aunque llegó tarde, el producto es genial", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("The sofa is lovely but it arrived broken", Language.English, SentimentLabel.Negative)]
    [InlineData("It was a bit late but the product is great", Language.English, SentimentLabel.Positive)]
    [InlineData("I love it, however the box was crushed", Language.English, SentimentLabel.Negative)]
    public Task Contrast_TheClauseAfterWeighsMore(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("😡", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("🤬🤬", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("👍", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("todo bien :)", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("el pedido otra vez :(", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("👎", Language.English, SentimentLabel.Negative)]
    [InlineData("❤️", Language.English, SentimentLabel.Positive)]
    [InlineData(":(", Language.English, SentimentLabel.Negative)]
    [InlineData("arrived today :)", Language.English, SentimentLabel.Positive)]
    [InlineData("no complaints 👌", Language.English, SentimentLabel.Positive)]
    public Task EmojiAndEmoticons_CarryFeeling(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("quiero un reembolso ya, el producto llegó roto", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("me colgaron dos veces", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("llamo y nadie contesta", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("sigo esperando el reembolso", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("nunca más", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("funciona perfectamente", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("todavía no ha llegado mi pedido", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("still waiting for my refund", Language.English, SentimentLabel.Negative)]
    [InlineData("they hung up on me", Language.English, SentimentLabel.Negative)]
    [InlineData("no answer from support after a week", Language.English, SentimentLabel.Negative)]
    [InlineData("the lamp arrived broken", Language.English, SentimentLabel.Negative)]
    [InlineData("works perfectly", Language.English, SentimentLabel.Positive)]
    [InlineData("my parcel never arrived", Language.English, SentimentLabel.Negative)]
    [InlineData("¿cuándo llega mi pedido?", Language.Spanish, SentimentLabel.Neutral)]
    [InlineData("Do you accept PayPal?", Language.English, SentimentLabel.Neutral)]
    public Task ServicePhrases_AreRead(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("genial, otra semana esperando 🙄", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("la lámpara llegó rota. perfecto 👏👏", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("¿¿¿dónde está mi pedido???", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("se suponía que era resistente", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("no tengo nada que añadir", Language.Spanish, SentimentLabel.Neutral)]
    [InlineData("great, another delay", Language.English, SentimentLabel.Negative)]
    [InlineData("WHERE IS MY ORDER", Language.English, SentimentLabel.Negative)]
    [InlineData("don't waste your money", Language.English, SentimentLabel.Negative)]
    [InlineData("it was supposed to be great", Language.English, SentimentLabel.Negative)]
    [InlineData("it doesn't fit in my car", Language.English, SentimentLabel.Negative)]
    [InlineData("no comment", Language.English, SentimentLabel.Neutral)]
    [InlineData("No, thanks", Language.English, SentimentLabel.Neutral)]
    [InlineData("no, gracias", Language.Spanish, SentimentLabel.Neutral)]
    [InlineData("Had an issue with the size and they swapped it, no questions asked. Brilliant.", Language.English, SentimentLabel.Positive)]
    public Task IronyShoutingAndNothingToSay_AreRead(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("3 de 5", Language.Spanish, SentimentLabel.Neutral)]
    [InlineData("un 1/5, no lo recomiendo", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("9/10", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("5/10", Language.English, SentimentLabel.Neutral)]
    [InlineData("2 stars", Language.English, SentimentLabel.Negative)]
    [InlineData("10/10 would buy again", Language.English, SentimentLabel.Positive)]
    public Task NumericRatings_AreRead(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("pésimo servicio", "pesimo servicio")]
    [InlineData("atención rapidísima", "atencion rapidisima")]
    [InlineData("una decepción", "una decepcion")]
    [InlineData("PÉSIMO", "pesimo")]
    public async Task MissingAccents_ReadLikeTheAccentedWord(string accented, string plain)
    {
        var withAccents = await AnalyzeAsync(accented, Language.Spanish);
        var without = await AnalyzeAsync(plain, Language.Spanish);

        Assert.NotEqual(SentimentLabel.Neutral, without.Label);
        Assert.Equal(withAccents.Label, without.Label);
    }

    [Theory]
    [InlineData("bieeeen", Language.Spanish, SentimentLabel.Positive)]
    [InlineData("malisimo", Language.Spanish, SentimentLabel.Negative)]
    [InlineData("goooood", Language.English, SentimentLabel.Positive)]
    [InlineData("terible service", Language.English, SentimentLabel.Negative)]
    public Task TyposAndElongations_AreRead(string text, Language language, SentimentLabel expected) => AssertLabel(text, language, expected);

    [Theory]
    [InlineData("El producto me encanta. La entrega fue un desastre.", Language.Spanish, "La entrega fue un desastre.")]
    [InlineData("Love the product. The delivery was a disaster.", Language.English, "The delivery was a disaster.")]
    public async Task PraiseAndComplaint_IsMixedWithTheComplaintAsWorstSentence(string text, Language language, string worst)
    {
        var result = await AnalyzeAsync(text, language);

        Assert.Equal(SentimentLabel.Mixed, result.Label);
        Assert.Equal(worst, result.WorstSentence?.Text);
    }

    [Theory]
    [InlineData("la entrega llegó tarde", Language.Spanish, "entrega", ServiceAspect.Delivery, SentimentLabel.Negative)]
    [InlineData("la atención al cliente fue excelente", Language.Spanish, "atención al cliente", ServiceAspect.Support, SentimentLabel.Positive)]
    [InlineData("la factura está mal", Language.Spanish, "factura", ServiceAspect.Billing, SentimentLabel.Negative)]
    [InlineData("La entrega, un desastre", Language.Spanish, "entrega", ServiceAspect.Delivery, SentimentLabel.Negative)]
    [InlineData("the agent was very helpful", Language.English, "agent", ServiceAspect.Support, SentimentLabel.Positive)]
    [InlineData("the product is broken", Language.English, "product", ServiceAspect.Product, SentimentLabel.Negative)]
    [InlineData("the return was quick and easy", Language.English, "return", ServiceAspect.Returns, SentimentLabel.Positive)]
    public async Task Aspects_AreFoundWithTheirFeeling(string text, Language language, string target, ServiceAspect aspect, SentimentLabel label)
    {
        var result = await AnalyzeAsync(text, language);

        var opinion = Assert.Single(result.Opinions, o => o.Aspect == aspect);
        Assert.Equal(label, opinion.Label);
        Assert.Contains(target, opinion.Target, StringComparison.Ordinal);
        Assert.NotEmpty(opinion.Assessments);
    }

    [Fact]
    public async Task NegatedAssessment_IsMarked()
    {
        var result = await AnalyzeAsync("el producto no funciona", Language.Spanish);

        var assessment = Assert.Single(Assert.Single(result.Opinions).Assessments);
        Assert.True(assessment.IsNegated || assessment.Text.StartsWith("no", StringComparison.Ordinal));
        Assert.Equal(SentimentLabel.Negative, assessment.Label);
    }

    [Theory]
    [InlineData("¡Hola! 😡 El paquete llegó roto... ¿Y ahora qué? Nadie contesta.\nFatal.", Language.Spanish)]
    [InlineData("Great product 👍🏽! But the box was crushed. Refund please?", Language.English)]
    public async Task Sentences_IndexIntoTheTextAndScoresSumToOne(string text, Language language)
    {
        var result = await AnalyzeAsync(text, language);

        Assert.True(result.Sentences.Count >= 3);
        Assert.Equal(1, result.Scores.Positive + result.Scores.Neutral + result.Scores.Negative, 6);
        var previousEnd = 0;
        foreach (var sentence in result.Sentences)
        {
            Assert.Equal(sentence.Text, text.Substring(sentence.Offset, sentence.Length));
            Assert.True(sentence.Offset >= previousEnd);
            previousEnd = sentence.Offset + sentence.Length;
            Assert.Equal(1, sentence.Scores.Positive + sentence.Scores.Neutral + sentence.Scores.Negative, 6);
            foreach (var opinion in sentence.Opinions)
            {
                Assert.Contains(opinion.Target, sentence.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public async Task EmptyText_IsAnErrorResultNotAnException(string text)
    {
        var result = await AnalyzeAsync(text, null);

        Assert.Equal("InvalidDocument", result.Error?.Code);
        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Empty(result.Sentences);
        Assert.Equal(OfflineSentimentAnalyzer.ProviderName, result.Provider);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("?")]
    [InlineData("...")]
    [InlineData("👍🏼")]
    [InlineData("el delivery super fast, muy bien 👌")]
    [InlineData("a\u0301")]
    [InlineData("\uD83D")]
    [InlineData("don't-'")]
    [InlineData("12:30 3.5 www.tienda.com :-) ;-( <3 </3 :D xD")]
    public async Task OddInputs_AreAnalysedWithoutErrors(string text)
    {
        var result = await AnalyzeAsync(text, null);

        Assert.Null(result.Error);
        Assert.Equal(1, result.Scores.Positive + result.Scores.Neutral + result.Scores.Negative, 6);
        Assert.All(result.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Offset, s.Length)));
    }

    [Fact]
    public async Task LongText_IsAnalysedSentenceBySentence()
    {
        var text = string.Concat(Enumerable.Repeat("El producto llegó roto. La atención fue excelente! ", 200));

        var result = await AnalyzeAsync(text, Language.Spanish);

        Assert.Equal(400, result.Sentences.Count);
        Assert.Equal(SentimentLabel.Mixed, result.Label);
    }

    [Fact]
    public async Task Batch_KeepsTheOrderOfTheRequests()
    {
        string[] texts = ["genial", "", "fatal", "awful", "¿dónde está mi pedido?", "love it", "   ", "un desastre"];

        var batch = await Analyzer.AnalyzeAsync([.. texts.Select(t => new SentimentRequest(t))], CancellationToken.None);

        Assert.Equal(texts.Length, batch.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = await AnalyzeAsync(texts[i], null);
            Assert.Equal(alone, batch[i], ResultComparer);
        }

        Assert.Equal(
            [SentimentLabel.Positive, SentimentLabel.Neutral, SentimentLabel.Negative, SentimentLabel.Negative,
             SentimentLabel.Neutral, SentimentLabel.Positive, SentimentLabel.Neutral, SentimentLabel.Negative],
            batch.Select(r => r.Label));
    }

    [Theory]
    [InlineData("el envío fue un desastre", Language.Spanish)]
    [InlineData("the delivery was a disaster", Language.English)]
    public async Task WithoutLanguage_TheLanguageIsDetected(string text, Language expected)
    {
        var result = await AnalyzeAsync(text, null);

        Assert.Equal(expected, result.Language);
        Assert.Equal(SentimentLabel.Negative, result.Label);
    }

    [Theory]
    [InlineData("Again the same thing!", Language.English)]
    [InlineData("Still nothing, third week!", Language.English)]
    [InlineData("¡Otra vez lo mismo!", Language.Spanish)]
    [InlineData("Sigo esperando desde el lunes!", Language.Spanish)]
    public async Task AnExclamationThatRepeatsAComplaint_IsNeverEnthusiasm(string text, Language language)
        => Assert.NotEqual(SentimentLabel.Positive, (await AnalyzeAsync(text, language)).Label);

    [Theory]
    [InlineData("Menuda broma de servicio", Language.Spanish)]
    [InlineData("What a joke of a service", Language.English)]
    public async Task CallingTheServiceAJoke_IsNegative(string text, Language language)
        => await AssertLabel(text, language, SentimentLabel.Negative);

    private static readonly IEqualityComparer<SentimentResult> ResultComparer = EqualityComparer<SentimentResult>.Create(
        (a, b) => a!.Label == b!.Label && a.Scores == b.Scores && a.Sentences.Count == b.Sentences.Count && a.Error == b.Error);

    private static async Task AssertLabel(string text, Language language, SentimentLabel expected)
    {
        var result = await AnalyzeAsync(text, language);
        Assert.True(expected == result.Label, $"\"{text}\": expected {expected}, got {result.Label} ({result.Scores})");
    }

    private static async Task<SentimentResult> AnalyzeAsync(string text, Language? language) =>
        Assert.Single(await Analyzer.AnalyzeAsync([new SentimentRequest(text, language)], CancellationToken.None));

    private static double Strength(SentimentResult result) => result.Label switch
    {
        SentimentLabel.Positive => result.Scores.Positive,
        SentimentLabel.Negative => result.Scores.Negative,
        _ => 0,
    };
}
