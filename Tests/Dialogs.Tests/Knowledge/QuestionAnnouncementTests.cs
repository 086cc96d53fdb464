using SupportBot.Dialogs.Knowledge;

namespace SupportBot.Dialogs.Tests.Knowledge;

public sealed class QuestionAnnouncementTests
{
    [Theory]
    [InlineData("tengo una pregunta")]
    [InlineData("Hola, tengo una duda")]
    [InlineData("buenas tardes, quería hacer una consulta")]
    [InlineData("I have a question")]
    [InlineData("hi there, quick question")]
    [InlineData("can I ask a question please?")]
    public void Announcements_AreRecognised(string text) => Assert.True(QuestionAnnouncement.IsOnlyAnnouncement(text));

    [Theory]
    [InlineData("tengo una pregunta sobre el envío")]
    [InlineData("¿cuánto cuesta el envío?")]
    [InlineData("hola")]
    [InlineData("")]
    [InlineData("I have a question about my invoice")]
    [InlineData("how long is the warranty")]
    public void QuestionsAndGreetings_AreNot(string text) => Assert.False(QuestionAnnouncement.IsOnlyAnnouncement(text));
}
