using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Tests.Main;

public sealed class RequestReadingTests
{
    [Theory]
    [InlineData("¿cuánto dura la garantía?")]
    [InlineData("how long does a refund take?")]
    [InlineData("como devuelvo un producto")]
    [InlineData("can I change my delivery address?")]
    [InlineData("I need a VAT invoice for my company")]
    [InlineData("me falta un artículo en el paquete")]
    public void HowAndPolicyQuestions_AreGeneral(string text) => Assert.True(RequestReading.IsGeneralQuestion(text));

    [Theory]
    [InlineData("¿cuánto tarda en llegar mi pedido?")]
    [InlineData("quiero devolver unas zapatillas, ¿cómo lo hago?")]
    [InlineData("how long until order 400101 arrives?")]
    [InlineData("where is my order")]
    [InlineData("I want to return it, how do I do that?")]
    [InlineData("mi tostadora no funciona")]
    public void MyOrderOrAnActionOrANumber_IsNotGeneral(string text) => Assert.False(RequestReading.IsGeneralQuestion(text));

    [Theory]
    [InlineData("where is my order 400122", true)]
    [InlineData("pedido 400122", true)]
    [InlineData("quiero devolver el pedido", true)]
    [InlineData("¿cuánto dura la garantía?", false)]
    public void OrderAction_NeedsANumberOrMyOrderOrIWant(string text, bool action) => Assert.Equal(action, RequestReading.IsOrderAction(text));

    [Fact]
    public void TwoOrderActionsAsLikely_AreNoOneOrderDialog()
    {
        Assert.Null(RequestReading.OrderDialogFor(new IntentRecognition(CustomerIntent.Return, 0.5, CustomerIntent.Warranty, 0.4, true), "x"));
        Assert.Equal(
            ReturnDialog.DialogId,
            RequestReading.OrderDialogFor(new IntentRecognition(CustomerIntent.Return, 0.5, CustomerIntent.Faq, 0.4, true), "x"));
        Assert.Equal(
            OrderStatusDialog.DialogId,
            RequestReading.OrderDialogFor(new IntentRecognition(CustomerIntent.Faq, 0.5, CustomerIntent.OrderStatus, 0.4, true), "pedido 400101"));
        Assert.Null(RequestReading.OrderDialogFor(new IntentRecognition(CustomerIntent.Faq, 0.5, CustomerIntent.OrderStatus, 0.4, true), "sin número"));
    }

    [Theory]
    [InlineData("customer service opening hours", true)]
    [InlineData("horario de atención al cliente", true)]
    [InlineData("who won the world cup", true)]
    [InlineData("hola?", false)]
    [InlineData("buenas tardes", false)]
    [InlineData("gracias", false)]
    [InlineData("asdf", false)]
    [InlineData("the one", false)]
    public void SaysSomething_NeedsTwoContentWordsAndNoSmallTalk(string text, bool says) => Assert.Equal(says, RequestReading.SaysSomething(text));
}
