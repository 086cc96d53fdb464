using SupportBot.Dialogs.AfterSale;

namespace SupportBot.Dialogs.Tests.AfterSale;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hola?", SmallTalkKind.Greeting)]
    [InlineData("buenas tardes", SmallTalkKind.Greeting)]
    [InlineData("Hello there!", SmallTalkKind.Greeting)]
    [InlineData("hello there, how are you?", SmallTalkKind.Greeting)]
    [InlineData("hola, ¿cómo estás?", SmallTalkKind.Greeting)]
    [InlineData("¡gracias!", SmallTalkKind.Thanks)]
    [InlineData("ok, muchas gracias", SmallTalkKind.Thanks)]
    [InlineData("thanks a lot", SmallTalkKind.Thanks)]
    [InlineData("thank you so much for your help", SmallTalkKind.Thanks)]
    [InlineData("adiós", SmallTalkKind.Farewell)]
    [InlineData("bye", SmallTalkKind.Farewell)]
    [InlineData("hasta luego", SmallTalkKind.Farewell)]
    [InlineData("nada, da igual", SmallTalkKind.NeverMind)]
    [InlineData("never mind", SmallTalkKind.NeverMind)]
    [InlineData("that's all", SmallTalkKind.NeverMind)]
    [InlineData("eso es todo", SmallTalkKind.NeverMind)]
    public void SmallTalk_IsRecognizedByKind(string text, SmallTalkKind kind) => Assert.Equal(kind, SmallTalk.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("no")]
    [InlineData("gracias, ¿y cuánto cuesta el envío?")]
    [InlineData("hola, quiero devolver un pedido")]
    [InlineData("thanks, where is my order?")]
    [InlineData("horario de atención al cliente")]
    public void AMessageThatSaysMore_IsNotSmallTalk(string text) => Assert.Equal(SmallTalkKind.None, SmallTalk.Recognize(text));

    [Theory]
    [InlineData("gracias", true)]
    [InlineData("bye", true)]
    [InlineData("never mind", true)]
    [InlineData("hola", false)]
    [InlineData("cuánto cuesta el envío", false)]
    public void Closing_IsThanksGoodbyeOrNeverMind(string text, bool closing) => Assert.Equal(closing, SmallTalk.IsClosing(text));
}
