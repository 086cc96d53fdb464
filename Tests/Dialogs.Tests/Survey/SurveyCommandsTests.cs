using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class SurveyCommandsTests
{
    // Callers hand the commands normalized text; every row goes through the same normalizer, so case, accents and
    // edge punctuation are part of what is tested. Each row states all four answers: one command must not read as another.
    [Theory]
    // skip the comment
    [InlineData("saltar", true, false, false, false)]
    [InlineData("Saltar.", true, false, false, false)]
    [InlineData("SKIP", true, false, false, false)]
    [InlineData("Paso", true, false, false, false)]
    [InlineData("siguiente", true, false, false, false)]
    [InlineData("Nada más", true, false, false, false)]
    [InlineData("nada", true, false, false, false)]
    [InlineData("No", true, false, false, false)]
    [InlineData("no gracias", true, false, false, false)]
    [InlineData("No, gracias.", true, false, false, false)]
    [InlineData("Sin comentarios", true, false, false, false)]
    [InlineData("Prefiero no decirlo", true, false, false, false)]
    [InlineData("No thanks", true, false, false, false)]
    [InlineData("No, thanks!", true, false, false, false)]
    [InlineData("nope", true, false, false, false)]
    [InlineData("n/a", true, false, false, false)]
    [InlineData("-", true, false, false, false)]
    // a comment that merely contains a skip word is a comment
    [InlineData("No me gustó nada", false, false, false, false)]
    [InlineData("Next time pack it better", false, false, false, false)]
    // pause for now
    [InlineData("Luego", false, true, false, false)]
    [InlineData("más tarde", false, true, false, false)]
    [InlineData("Después", false, true, false, false)]
    [InlineData("ahora no", false, true, false, false)]
    [InlineData("No quiero", false, true, false, false)]
    [InlineData("later", false, true, false, false)]
    [InlineData("Not now!", false, true, false, false)]
    [InlineData("maybe later", false, true, false, false)]
    [InlineData("I’m busy", false, true, false, false)]
    [InlineData("im busy", false, true, false, false)]
    [InlineData("Luego te llamo para quejarme", false, false, false, false)]
    // no more surveys, anywhere in the message
    [InlineData("No más encuestas", false, false, true, false)]
    [InlineData("no quiero mas encuestas, gracias", false, false, true, false)]
    [InlineData("¡Dejad de enviarme encuestas!", false, false, true, false)]
    [InlineData("No quiero recibir encuestas", false, false, true, false)]
    [InlineData("No quiero recibir más encuestas", false, false, true, false)]
    [InlineData("stop surveys", false, false, true, false)]
    [InlineData("Please, no more surveys", false, false, true, false)]
    [InlineData("Stop sending me surveys", false, false, true, false)]
    [InlineData("I don't want surveys", false, false, true, false)]
    [InlineData("Don't send me surveys", false, false, true, false)]
    [InlineData("dont send me surveys", false, false, true, false)]
    [InlineData("Don't ask me again", false, false, true, false)]
    // surveys welcome again
    [InlineData("Vuelve a preguntarme", false, false, false, true)]
    [InlineData("volved a preguntarme", false, false, false, true)]
    [InlineData("Quiero recibir encuestas", false, false, false, true)]
    [InlineData("activar encuestas", false, false, false, true)]
    [InlineData("Ask me again", false, false, false, true)]
    [InlineData("OK, send me surveys", false, false, false, true)]
    [InlineData("resume surveys", false, false, false, true)]
    [InlineData("opt-in", false, false, false, true)]
    // none of them
    [InlineData("La encuesta está bien", false, false, false, false)]
    [InlineData("survey", false, false, false, false)]
    [InlineData("", false, false, false, false)]
    public void Commands_ReadTheirPhrasesAndOnlyThose(string text, bool skip, bool pause, bool optOut, bool optIn)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(
            (skip, pause, optOut, optIn),
            (SurveyCommands.IsSkip(normalized), SurveyCommands.IsPause(normalized), SurveyCommands.IsOptOut(normalized),
                SurveyCommands.IsOptIn(normalized)));
    }
}
