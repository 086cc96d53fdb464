using SupportBot.Dialogs.Engine.Recognizers;

namespace SupportBot.Dialogs.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 7 ", 7)]
    [InlineData("10", 10)]
    [InlineData("0", 0)]
    [InlineData("8.", 8)]
    [InlineData("cero", 0)]
    [InlineData("zero", 0)]
    [InlineData("uno", 1)]
    [InlineData("one", 1)]
    [InlineData("cuatro", 4)]
    [InlineData("SIETE", 7)]
    [InlineData("seven", 7)]
    [InlineData("nueve", 9)]
    [InlineData("diez", 10)]
    [InlineData("ten", 10)]
    [InlineData("8/10", 8)]
    [InlineData("8 / 10", 8)]
    [InlineData("10/10", 10)]
    [InlineData("8 de 10", 8)]
    [InlineData("8 sobre 10", 8)]
    [InlineData("eight out of ten", 8)]
    // Out of another scale: "4/5" is a happy customer, not a 4 out of 10 (a detractor), so it is asked again.
    [InlineData("4/5", null)]
    [InlineData("4 de 5", null)]
    [InlineData("4 out of 5", null)]
    [InlineData("four out of five", null)]
    [InlineData("9/100", null)]
    [InlineData("un 8", 8)]
    [InlineData("a 9", 9)]
    [InlineData("I'd say 7", 7)]
    [InlineData("I’d say 7", 7)]
    [InlineData("le doy un 9", 9)]
    [InlineData("le doy una nueve", 9)]
    [InlineData("diría que 6", 6)]
    [InlineData("diria que seis", 6)]
    [InlineData("nota 9", 9)]
    [InlineData("score: 8", 8)]
    [InlineData("8 points", 8)]
    [InlineData("8 puntos", 8)]
    [InlineData("8puntos", 8)]
    [InlineData("un punto", 1)]
    [InlineData("I'd give it one", 1)]
    [InlineData("8, 8", 8)]
    [InlineData("Un 10!!", 10)]
    [InlineData("8️⃣", 8)]
    [InlineData("entre 7 y 8", null)]
    [InlineData("7 or 8", null)]
    [InlineData("7-8", null)]
    [InlineData("un 7 u 8", null)]
    [InlineData("4/5, maybe 3", null)]
    [InlineData("7.5", null)]
    [InlineData("7,5", null)]
    [InlineData("nueve y medio", null)]
    [InlineData("7 and a half", null)]
    [InlineData("-3", null)]
    [InlineData("nota -3", null)]
    [InlineData("11", null)]
    [InlineData("once", null)]
    [InlineData("11/10", null)]
    [InlineData("5/4", null)]
    [InlineData("3/0", null)]
    [InlineData("99999999999", null)]
    [InlineData("10:30", null)]
    [InlineData("the one I got", null)]
    [InlineData("asdf", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("🙃🙃", null)]
    [InlineData("mañana", null)]
    public void Recognize_ZeroToTen_ReadsOneUnambiguousNumber(string? text, int? expected) =>
        AssertRecognized(expected, NumberRecognizer.Recognize(text, 0, 10));

    [Theory]
    [InlineData("0", 1, 5, null)]
    [InlineData("1", 1, 5, 1)]
    [InlineData("5", 1, 5, 5)]
    [InlineData("6", 1, 5, null)]
    [InlineData("8/10", 1, 5, null)]
    [InlineData("4/5", 1, 5, 4)]
    [InlineData("4 de 5", 1, 5, 4)]
    [InlineData("4 sobre 5", 1, 5, 4)]
    [InlineData("4 of 5", 1, 5, 4)]
    [InlineData("cuatro de cinco", 1, 5, 4)]
    [InlineData("one out of five", 1, 5, 1)]
    [InlineData("42", 0, 100, 42)]
    public void Recognize_OutsideRange_GivesNothing(string text, int min, int max, int? expected) =>
        AssertRecognized(expected, NumberRecognizer.Recognize(text, min, max));

    [Fact]
    public void Recognize_MinAboveMax_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberRecognizer.Recognize("5", 10, 0));

    private static void AssertRecognized(int? expected, Recognition<int> actual)
    {
        Assert.Equal(expected is not null, actual.Succeeded);
        if (expected is int value)
        {
            Assert.Equal(value, actual.Value);
        }
    }
}
