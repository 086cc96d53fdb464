using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Tests.Channels;

/// <summary>Answers to a numbered list (the channel had no buttons) and text-message keywords.</summary>
public sealed class NumberedAnswerTests
{
    [Theory]
    [InlineData("1", 0)]
    [InlineData("uno", 0)]
    [InlineData("Primero", 0)]
    [InlineData("one", 0)]
    [InlineData("first", 0)]
    [InlineData("2", 1)]
    [InlineData("dos", 1)]
    [InlineData("la segunda", 1)]
    [InlineData("the second one", 1)]
    [InlineData("opción 3", 2)]
    [InlineData("3.", 2)]
    [InlineData("la última", 2)]
    [InlineData("last", 2)]
    public void APosition_PicksThatOption(string answer, int index)
    {
        Assert.True(ChoiceRecognizer.TryReadPosition(answer, 3, out var picked));
        Assert.Equal(index, picked);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("cinco")]
    [InlineData("400101")]
    [InlineData("2 cosas")]
    [InlineData("quiero hablar con una persona")]
    [InlineData("")]
    public void AnythingElse_IsNotAPosition(string answer)
        => Assert.False(ChoiceRecognizer.TryReadPosition(answer, 3, out _));

    [Theory]
    [InlineData("STOP", true, false)]
    [InlineData("stop", true, false)]
    [InlineData("Stop.", true, false)]
    [InlineData("STOP ALL", true, false)]
    [InlineData("UNSUBSCRIBE", true, false)]
    [InlineData("BAJA", true, false)]
    [InlineData("baja", true, false)]
    [InlineData("Cancelar suscripción", true, false)]
    [InlineData("START", false, true)]
    [InlineData("ALTA", false, true)]
    [InlineData("the parcel did not stop at my door", false, false)]
    [InlineData("me doy de baja, me voy a la competencia", false, false)]
    [InlineData("cancel", false, false)]
    [InlineData("start over", false, false)]
    public void TextMessageKeywords_OptOutOrIn_OnlyAsTheWholeMessage(string text, bool optOut, bool optIn)
    {
        var normalized = TextNormalizer.Normalize(text);
        Assert.Equal((optOut, optIn), (SurveyCommands.IsOptOut(normalized), SurveyCommands.IsOptIn(normalized)));
    }

    [Theory]
    [InlineData("⭐⭐⭐⭐", 4)]
    [InlineData("five", 5)]
    [InlineData("cinco", 5)]
    [InlineData("2", 2)]
    [InlineData("dos", 2)]
    public void RatingsTypedOnATextChannel_AreRead(string text, int rating)
    {
        var recognized = RatingRecognizer.Recognize(text);
        Assert.True(recognized.Succeeded);
        Assert.Equal(rating, recognized.Value);
    }
}
