using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Knowledge;

public sealed class ArticleParserTests : IDisposable
{
    private const string Valid = """
        ---
        id: returns
        title: Política de devoluciones
        tags: devolución, 30 días
        synonyms: quiero devolver algo, cómo devuelvo
        related: exchanges
        ---
        Tienes **30 días**.

        Segundo párrafo.
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supportbot-kb-tests", Guid.NewGuid().ToString("N"));

    public ArticleParserTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void FrontMatterAndBody_AreRead()
    {
        var article = ArticleParser.Parse("/x/returns.es.md", Valid);

        Assert.Equal("returns", article.Id);
        Assert.Equal(Language.Spanish, article.Language);
        Assert.Equal("Política de devoluciones", article.Title);
        Assert.Equal(["devolución", "30 días"], article.Tags);
        Assert.Equal(["quiero devolver algo", "cómo devuelvo"], article.Synonyms);
        Assert.Equal(["exchanges"], article.Related);
        Assert.Equal("Tienes **30 días**.\n\nSegundo párrafo.", article.Body);
    }

    [Fact]
    public void OptionalListsMayBeLeftOut_AndWindowsLineEndingsAreFine()
    {
        var article = ArticleParser.Parse("/x/contact.en.md", "---\r\nid: contact\r\ntitle: Opening hours\r\n---\r\nMonday to Friday.\r\n");

        Assert.Equal(Language.English, article.Language);
        Assert.Empty(article.Tags);
        Assert.Empty(article.Related);
        Assert.Equal("Monday to Friday.", article.Body);
    }

    [Theory]
    [InlineData("returns.md", "returns.md", "file name must be")]
    [InlineData("Returns.es.md", "Returns.es.md", "file name must be")]
    [InlineData("returns.fr.md", "returns.fr.md", "file name must be")]
    public void ABadFileName_IsNamed(string fileName, string named, string problem)
    {
        var error = Assert.Throws<KnowledgeArticleException>(() => ArticleParser.Parse("/x/" + fileName, Valid));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tienes 30 días.", 1, "must start with front matter")]
    [InlineData("---\nid: returns\ntitle: T\n", null, "never closed")]
    [InlineData("---\nid: returns\ntitle: T\nauthor: Ana\n---\nBody", 4, "key among")]
    [InlineData("---\nid: returns\ntitle: T\ntitle: U\n---\nBody", 4, "given twice")]
    [InlineData("---\nid: exchanges\ntitle: T\n---\nBody", null, "match the file name")]
    [InlineData("---\nid: returns\n---\nBody", null, "'title' is missing")]
    [InlineData("---\nid: returns\ntitle: T\n---\n   \n", null, "no body")]
    [InlineData("---\nid: returns\ntitle: T\nrelated: Exchanges!\n---\nBody", null, "not an article id")]
    public void ABadArticle_IsRefused_NamingTheFileAndLine(string content, int? line, string problem)
    {
        var error = Assert.Throws<KnowledgeArticleException>(() => ArticleParser.Parse("/shop/articles/returns.es.md", content));

        Assert.Equal("/shop/articles/returns.es.md", error.FilePath);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("Knowledge file '/shop/articles/returns.es.md'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleWithoutItsTranslation_IsRefused_NamingTheMissingFile()
    {
        Write("returns.es.md", Valid.Replace("related: exchanges", "related: contact", StringComparison.Ordinal));
        Write("contact.es.md", "---\nid: contact\ntitle: Horario\n---\nDe 9 a 18.");
        Write("contact.en.md", "---\nid: contact\ntitle: Hours\n---\n9 to 18.");

        var error = Assert.Throws<KnowledgeArticleException>(() => ArticleLibrary.Load(_folder));

        Assert.Equal(Path.Combine(_folder, "returns.en.md"), error.FilePath);
        Assert.Contains("Spanish and English", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelatedIdThatDoesNotExist_IsRefused_NamingTheFile()
    {
        Write("returns.es.md", Valid);
        Write("returns.en.md", "---\nid: returns\ntitle: Returns\n---\n30 days.");

        var error = Assert.Throws<KnowledgeArticleException>(() => ArticleLibrary.Load(_folder));

        Assert.Equal(Path.Combine(_folder, "returns.es.md"), error.FilePath);
        Assert.Contains("'exchanges'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# a comment\ndevolución, reembolso\n\nfactura", 4)]
    [InlineData("solo", 1)]
    public void ASynonymGroupOfOne_IsRefused_NamingTheLine(string content, int line)
    {
        var error = Assert.Throws<KnowledgeArticleException>(() => ArticleLibrary.ParseSynonyms("/x/synonyms.es.txt", content));

        Assert.Equal(line, error.Line);
        Assert.Contains("synonyms.es.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SynonymGroups_AreRead()
    {
        var groups = ArticleLibrary.ParseSynonyms("/x/synonyms.es.txt", "# vocabulario\ndevolución, reembolso , retorno\n\nfactura,recibo\n");

        Assert.Equal(2, groups.Count);
        Assert.Equal(["devolución", "reembolso", "retorno"], groups[0]);
        Assert.Equal(["factura", "recibo"], groups[1]);
    }

    [Fact]
    public async Task TheBot_DoesNotStart_WithABadArticle_AndSaysWhichFile()
    {
        Write("returns.es.md", "---\nid: returns\ntitle: Devoluciones\n---\n30 días.");
        Write("returns.en.md", "---\nid: returns\n---\nNo title here.");

        var error = await Assert.ThrowsAsync<KnowledgeArticleException>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:ArticlesPath"] = _folder }));

        Assert.Equal(Path.Combine(_folder, "returns.en.md"), error.FilePath);
        Assert.Contains("'title' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBot_DoesNotStart_WithoutTheArticlesFolder()
    {
        var missing = Path.Combine(_folder, "nowhere");

        var error = await Assert.ThrowsAsync<KnowledgeArticleException>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:ArticlesPath"] = missing }));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);
}
