using SupportBot.Bot.Knowledge;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Knowledge;

public sealed class ShopAnalyzerTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> SpanishSynonyms =
        [["devolución", "reembolso"], ["factura", "recibo"], ["roto", "dañado"], ["envío", "entrega"], ["borrar", "dar de baja"]];

    private static readonly IReadOnlyList<IReadOnlyList<string>> EnglishSynonyms =
        [["return", "refund"], ["invoice", "receipt"], ["broken", "damaged"], ["shipping", "delivery"], ["delete", "close down"]];

    [Theory]
    [InlineData("devoluciones", "devolución")]
    [InlineData("Devolución", "devolucion")]
    [InlineData("facturas", "factura")]
    [InlineData("envíos", "envio")]
    [InlineData("GARANTÍA", "garantia")]
    [InlineData("pedidos", "pedido")]
    public void Spanish_FoldsAccentsAndCase_AndStemsPluralsAlike(string a, string b)
    {
        using var analyzer = ShopAnalyzer.ForArticles(Language.Spanish);

        Assert.Equal(analyzer.Terms(b), analyzer.Terms(a));
        Assert.Single(analyzer.Terms(a));
    }

    [Theory]
    [InlineData("returns", "return")]
    [InlineData("Refunded", "refunding")]
    [InlineData("invoices", "invoice")]
    [InlineData("delivered", "delivering")]
    [InlineData("the order's invoice", "order invoice")]
    [InlineData("café", "cafe")]
    public void English_StemsAndFolds(string a, string b)
    {
        using var analyzer = ShopAnalyzer.ForArticles(Language.English);

        Assert.Equal(analyzer.Terms(b), analyzer.Terms(a));
    }

    [Theory]
    [InlineData(Language.Spanish, "hola, quiero saber el plazo de la devolución por favor", "plaz devolucion")]
    [InlineData(Language.English, "hi, I need to know the return window please", "return window")]
    public void StopWordsAndChatFiller_AreDropped(Language language, string text, string expected)
    {
        using var analyzer = ShopAnalyzer.ForArticles(language);

        Assert.Equal(expected.Split(' '), analyzer.Terms(text));
    }

    [Theory]
    [InlineData("reembolso", "devolución")]
    [InlineData("devoluciones", "reembolso")]
    [InlineData("recibos", "factura")]
    [InlineData("dañados", "roto")]
    [InlineData("entregas", "envío")]
    public void Spanish_QuestionsGainTheShopSynonyms(string word, string synonym)
    {
        using var analyzer = ShopAnalyzer.ForQuestions(Language.Spanish, SpanishSynonyms);
        using var plain = ShopAnalyzer.ForArticles(Language.Spanish);

        var tokens = analyzer.Tokens(word);

        Assert.Equal(plain.Terms(word), tokens.Where(t => !t.IsSynonym).Select(t => t.Term));
        Assert.Contains(tokens, t => t.IsSynonym && t.Term == plain.Terms(synonym)[0]);
    }

    [Theory]
    [InlineData("refunds", "return")]
    [InlineData("receipt", "invoice")]
    [InlineData("damaged", "broken")]
    [InlineData("deliveries", "shipping")]
    public void English_QuestionsGainTheShopSynonyms(string word, string synonym)
    {
        using var analyzer = ShopAnalyzer.ForQuestions(Language.English, EnglishSynonyms);
        using var plain = ShopAnalyzer.ForArticles(Language.English);

        Assert.Contains(analyzer.Tokens(word), t => t.IsSynonym && t.Term == plain.Terms(synonym)[0]);
    }

    [Fact]
    public void APhraseSynonym_IsRecognised_AndReplacedBySingleWordsOnly()
    {
        using var analyzer = ShopAnalyzer.ForQuestions(Language.Spanish, SpanishSynonyms);

        var baja = analyzer.Tokens("quiero dar de baja la cuenta");

        Assert.Contains(baja, t => t is { IsSynonym: true, Term: "borrar" });
        Assert.Contains(baja, t => t is { IsSynonym: false, Term: "baja" });
        Assert.DoesNotContain(analyzer.Tokens("borrar"), t => t.IsSynonym && t.Term == "baja");
    }

    [Fact]
    public void ArticlesAreIndexedWithoutSynonyms()
    {
        using var analyzer = ShopAnalyzer.ForArticles(Language.Spanish);

        Assert.All(analyzer.Tokens("reembolso de la factura"), t => Assert.False(t.IsSynonym));
    }
}
