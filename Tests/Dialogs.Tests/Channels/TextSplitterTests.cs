using SupportBot.Dialogs.Channels;

namespace SupportBot.Dialogs.Tests.Channels;

public sealed class TextSplitterTests
{
    [Fact]
    public void ShortText_IsOnePart_Unchanged()
        => Assert.Equal(["Hola, ¿qué tal?"], TextSplitter.Split("Hola, ¿qué tal?", 160));

    [Fact]
    public void Paragraphs_ArePacked_AndSplitAtParagraphEnds()
    {
        var first = new string('a', 70) + ".";
        var second = new string('b', 70) + ".";
        var third = new string('c', 70) + ".";
        var parts = TextSplitter.Split($"{first}\n\n{second}\n\n{third}", 150);

        Assert.Equal([$"{first}\n\n{second}", third], parts);
    }

    [Fact]
    public void LongParagraph_IsSplitAtSentenceEnds_NeverMidSentence()
    {
        var sentences = Enumerable.Range(1, 12).Select(i => $"Frase número {i} del artículo, con algo de texto para llenar.").ToList();
        var parts = TextSplitter.Split(string.Join(' ', sentences), 160);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 160));
        Assert.All(parts, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', parts));
    }

    [Fact]
    public void LongSentence_IsSplitBetweenWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("palabra", 60));
        var parts = TextSplitter.Split(words, 100);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 100));
        Assert.All(parts, p => Assert.DoesNotContain("  ", p, StringComparison.Ordinal));
        Assert.Equal(words, string.Join(' ', parts));
    }

    [Fact]
    public void OneHugeWord_IsCut_WithoutBreakingASurrogatePair()
    {
        var text = new string('x', 9) + string.Concat(Enumerable.Repeat("😀", 10));
        var parts = TextSplitter.Split(text, 10);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 10));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Theory]
    [InlineData(1600)]
    [InlineData(2000)]
    [InlineData(4096)]
    public void EveryPart_FitsTheChannel(int max)
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Párrafo {i}. " + string.Join(' ', Enumerable.Repeat("texto de relleno", 20)) + "."));
        var parts = TextSplitter.Split(text, max);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, max));
        Assert.True(parts.Count <= (text.Length / (max / 2)) + 1, "parts are packed, not one per sentence");
    }
}
