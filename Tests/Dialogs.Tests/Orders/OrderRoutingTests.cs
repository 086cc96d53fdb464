using SupportBot.Dialogs.AfterSale;
using SupportBot.Dialogs.Knowledge;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Orders;
using static SupportBot.Dialogs.Tests.Engine.EngineHarness;
using static SupportBot.Dialogs.Tests.Orders.OrderHarness;

namespace SupportBot.Dialogs.Tests.Orders;

public sealed class OrderRoutingTests
{
    [Theory]
    [InlineData(Language.Spanish, "¿dónde está mi pedido 400101?", OrderStatusDialog.DialogId)]
    [InlineData(Language.Spanish, "donde esta mi pedido", OrderStatusDialog.DialogId)]
    [InlineData(Language.Spanish, "no me ha llegado el paquete todavía", OrderStatusDialog.DialogId)]
    [InlineData(Language.English, "where's my order", OrderStatusDialog.DialogId)]
    [InlineData(Language.English, "where is 400101?", OrderStatusDialog.DialogId)]
    [InlineData(Language.Spanish, "¿dónde está el 400101?", OrderStatusDialog.DialogId)]
    [InlineData(Language.English, "where is the invoice for 400101?", InvoiceDialog.DialogId)]
    [InlineData(Language.English, "has my parcel been shipped yet?", OrderStatusDialog.DialogId)]
    [InlineData(Language.Spanish, "quiero devolver unas zapatillas", ReturnDialog.DialogId)]
    [InlineData(Language.English, "I want to return my order", ReturnDialog.DialogId)]
    [InlineData(Language.Spanish, "mi tostadora no funciona, ¿está en garantía?", WarrantyDialog.DialogId)]
    [InlineData(Language.Spanish, "garantía", WarrantyDialog.DialogId)]
    [InlineData(Language.English, "warranty", WarrantyDialog.DialogId)]
    [InlineData(Language.English, "my blender stopped working, is it under warranty?", WarrantyDialog.DialogId)]
    [InlineData(Language.Spanish, "necesito una copia de la factura", InvoiceDialog.DialogId)]
    [InlineData(Language.English, "can you send me the invoice for my purchase", InvoiceDialog.DialogId)]
    [InlineData(Language.Spanish, "Una duda sobre un pedido o producto", KnowledgeDialog.DialogId)]
    [InlineData(Language.English, "A question about an order or product", KnowledgeDialog.DialogId)]
    [InlineData(Language.Spanish, "tengo una pregunta", KnowledgeDialog.DialogId)]
    [InlineData(Language.English, "I have a question", KnowledgeDialog.DialogId)]
    [InlineData(Language.English, "I want to return my headphones", ReturnDialog.DialogId)]
    [InlineData(Language.English, "how long until order 400101 arrives?", OrderStatusDialog.DialogId)]
    [InlineData(Language.Spanish, "¿cuánto tarda en llegar mi pedido 400101?", OrderStatusDialog.DialogId)]
    public async Task FreeText_LandsInTheRightFlow(Language language, string text, string dialogId)
    {
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send(text).AssertReply(StartsWith(Texts.For(language).Welcome(Brand)))
            .StartTestAsync();

        Assert.True(harness.Stack.Contains(dialogId), $"'{text}' ({IntentRecognizer.Recognize(text)}) led to [{string.Join(", ", harness.Stack)}]");
    }

    [Theory]
    [InlineData(Language.Spanish, "¿dónde está mi pedido 400101?")]
    [InlineData(Language.English, "where's my order 400101?")]
    public async Task OrderNumberInTheQuestion_IsNotAskedFor(Language language, string text)
    {
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send(text).AssertReply(StartsWith(Texts.For(language).Welcome(Brand)))
            .AssertReply(Says(OrderTexts.For(language).AskProof("400101")))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Spanish, "where's my order")]
    [InlineData(Language.English, "¿dónde está mi pedido?")]
    public async Task FromTheMenu_AnOrderQuestionStartsTheStatusFlow(Language language, string text)
    {
        var (t, o) = (Texts.For(language), OrderTexts.For(language));
        var harness = new OrderHarness();
        await harness.Flow(language)
            .Send("hola").AssertReply(Says(t.Welcome(Brand) + " " + t.MenuPrompt))
            .Send(text).AssertReply(Says(o.AskOrderNumber))
            .StartTestAsync();

        Assert.Contains(OrderStatusDialog.DialogId, harness.Stack);
    }
}
