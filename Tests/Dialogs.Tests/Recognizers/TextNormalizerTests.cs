using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Tests.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    [InlineData("Hola", "hola")]
    [InlineData("  Hola   MUNDO  ", "hola mundo")]
    [InlineData("¿Sí?", "si")]
    [InlineData("¡¡Genial!!", "genial")]
    [InlineData("Ñandú pingüino CAMIÓN", "nandu pinguino camion")]
    [InlineData("ça va", "ca va")]
    [InlineData("\"(ok)\"", "ok")]
    [InlineData("vale…", "vale")]
    [InlineData("« sí »", "si")]
    [InlineData("sí, claro.", "si, claro")]
    [InlineData("4/5.", "4/5")]
    [InlineData("I’d say 7", "i'd say 7")]
    [InlineData("★★★★☆", "★★★★☆")]
    [InlineData("⭐⭐⭐!", "⭐⭐⭐")]
    [InlineData("¡Me encanta! 😍", "me encanta! 😍")]
    [InlineData("❤️", "❤")]
    [InlineData("-3", "-3")]
    [InlineData("línea\u00A0uno", "linea uno")]
    public void Normalize_FoldsCaseAccentsSpacesAndEdgePunctuation(string? text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("quiero hablar con una persona", "hablar con una persona", true)]
    [InlineData("quiero hablar con una persona", "Hablar con una PERSONA", true)]
    [InlineData("hablar con una persona", "hablar con una persona", true)]
    [InlineData("personal", "persona", false)]
    [InlineData("okay", "ok", false)]
    [InlineData("ok, gracias", "ok", true)]
    [InlineData("si, claro", "sí claro", true)]
    [InlineData("una devolucion", "devolución", true)]
    [InlineData("me encanta 😍", "😍", true)]
    [InlineData("genial👍", "👍", true)]
    [InlineData("4/5", "4/5", true)]
    [InlineData("4/50", "4/5", false)]
    [InlineData("valorar mi compra", "mi compra valorar", false)]
    [InlineData("no", "", false)]
    [InlineData("", "no", false)]
    public void ContainsPhrase_MatchesWholeWordSequences(string text, string phrase, bool expected) =>
        Assert.Equal(expected, TextNormalizer.ContainsPhrase(TextNormalizer.Normalize(text), phrase));

    [Fact]
    public void Normalize_OfAsciiText_IsWhatTheFullUnicodePathGives()
    {
        // ASCII takes a shorter path. A trailing combining accent forces the full path (FormD, marks dropped, FormC) and
        // is dropped there, so both must agree on every string.
        var random = new Random(20261203);
        const string alphabet = "aZ9 \t\n\r\v\f.,;:!?\"'()/*-_@#MnOp";
        for (var i = 0; i < 5000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(TextNormalizer.Normalize(text + "\u0301"), TextNormalizer.Normalize(text));
        }
    }

    [Theory]
    [InlineData("5")]
    [InlineData("rate my purchase")]
    [InlineData("4/5")]
    public void Normalize_ReturnsAsciiTextAlreadyInItsForm_AsItIs(string text) => Assert.Same(text, TextNormalizer.Normalize(text));
}
