using SupportBot.Dialogs.AfterSale;

namespace SupportBot.Dialogs.Tests.AfterSale;

public sealed class IntentRecognizerTests
{
    [Theory]
    [InlineData("¿Dónde está mi pedido?")]
    [InlineData("donde esta mi pedido")]
    [InlineData("dnde esta mi pedio")]
    [InlineData("mi paquete no ha llegado todavía")]
    [InlineData("el seguimiento no se actualiza")]
    [InlineData("el mensajero dice que lo entregó pero yo no tengo nada")]
    [InlineData("cuándo llega la orden 12345?")]
    [InlineData("where is my order")]
    [InlineData("wheres my parcel")]
    [InlineData("my package hasn't arrived")]
    [InlineData("tracking number please")]
    [InlineData("marked as delivered but not received")]
    [InlineData("mi pedido still not here")]
    [InlineData("my order todavía no llega")]
    public void OrderStatus(string text) => AssertIntent(CustomerIntent.OrderStatus, text);

    [Theory]
    [InlineData("quiero devolver los zapatos")]
    [InlineData("quiero devolverlo")]
    [InlineData("kiero debolver el abrigo")]
    [InlineData("¿cómo hago la devolución?")]
    [InlineData("quiero cambiarlo por una talla más pequeña")]
    [InlineData("¿cuándo me hacéis el reembolso?")]
    [InlineData("quiero cancelar la devolución que abrí")]
    [InlineData("me llegó roto y quiero mi dinero, no quiero otro")]
    [InlineData("I want to return this")]
    [InlineData("how do I get a refund")]
    [InlineData("can I exchange it for a bigger size")]
    [InlineData("refund status?")]
    [InlineData("quiero devolver the jacket please")]
    [InlineData("I want a reembolso")]
    public void Return(string text) => AssertIntent(CustomerIntent.Return, text);

    [Theory]
    [InlineData("el móvil no enciende")]
    [InlineData("el movil no enciende")]
    [InlineData("se me ha roto la batidora, ¿entra en garantía?")]
    [InlineData("la garantia cuanto dura")]
    [InlineData("la garnatia cubre esto?")]
    [InlineData("no quiero devolverlo, quiero que me lo reparéis")]
    [InlineData("mi portátil está defectuoso")]
    [InlineData("my phone won't turn on")]
    [InlineData("is it still under warranty")]
    [InlineData("the speaker stopped working")]
    [InlineData("can you repair my headphones")]
    [InlineData("la lámpara doesn't work")]
    public void Warranty(string text) => AssertIntent(CustomerIntent.Warranty, text);

    [Theory]
    [InlineData("factura")]
    [InlineData("necesito la factura del pedido")]
    [InlineData("fatura por favor")]
    [InlineData("¿me hacéis factura con mi CIF?")]
    [InlineData("invoice")]
    [InlineData("can I get a copy of my invoice")]
    [InlineData("the invoice has the wrong VAT number")]
    [InlineData("me mandas el invoice?")]
    public void Invoice(string text) => AssertIntent(CustomerIntent.Invoice, text);

    [Theory]
    [InlineData("¿cuánto cuestan los gastos de envío?")]
    [InlineData("aceptáis PayPal?")]
    [InlineData("qué horario tenéis")]
    [InlineData("he olvidado mi contraseña")]
    [InlineData("me habéis cobrado dos veces")]
    [InlineData("how much is shipping")]
    [InlineData("what payment methods do you accept")]
    [InlineData("I was charged twice")]
    [InlineData("do you ship to Mexico?")]
    public void Faq(string text) => AssertIntent(CustomerIntent.Faq, text);

    [Theory]
    [InlineData("quiero dejar una opinión")]
    [InlineData("quiero poner una reseña")]
    [InlineData("sois los mejores")]
    [InlineData("pésimo servicio, que lo sepáis")]
    [InlineData("I want to leave feedback")]
    [InlineData("i'd like to write a review")]
    [InlineData("love your shop")]
    [InlineData("terrible service, just so you know")]
    public void Feedback(string text) => AssertIntent(CustomerIntent.Feedback, text);

    [Theory]
    [InlineData("quiero hablar con una persona")]
    [InlineData("agente")]
    [InlineData("pásame con un humano")]
    [InlineData("pasame con un umano")]
    [InlineData("quiero hablar con alguien para cancelar el pedido")]
    [InlineData("talk to a human")]
    [InlineData("I need an agent")]
    [InlineData("can somebody call me")]
    [InlineData("quiero hablar con un agent please")]
    public void Human(string text) => AssertIntent(CustomerIntent.Human, text);

    [Theory]
    [InlineData("quiero cancelar mi pedido")]
    [InlineData("cancelar el pedido")]
    [InlineData("quiero darme de baja")]
    [InlineData("borrad mi cuenta")]
    [InlineData("si mañana no ha llegado cancelo el pedido")]
    [InlineData("como no me devolváis el dinero hoy me voy a la competencia")]
    [InlineData("cancel my order")]
    [InlineData("I want to cancel my subscription")]
    [InlineData("if it's not here tomorrow I'm cancelling the order")]
    [InlineData("cancel mi suscripción please")]
    public void Cancel(string text) => AssertIntent(CustomerIntent.Cancel, text);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hola")]
    [InlineData("gracias")]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("jajaja")]
    [InlineData("qwertyuiop")]
    [InlineData("¿qué tal?")]
    [InlineData("hello there")]
    [InlineData("thanks!")]
    [InlineData("what's your favourite film?")]
    [InlineData("1234")]
    public void None(string? text) => AssertIntent(CustomerIntent.None, text);

    [Theory]
    [InlineData("no quiero devolverlo")]
    [InlineData("I don't want to return it")]
    [InlineData("no quiero cancelar nada")]
    [InlineData("I don't want to cancel")]
    public void NegatedRequest_IsNotThatIntent(string text)
    {
        var result = IntentRecognizer.Recognize(text);

        Assert.NotEqual(CustomerIntent.Return, result.Intent);
        Assert.NotEqual(CustomerIntent.Cancel, result.Intent);
    }

    [Theory]
    [InlineData("el pedido llegó roto, ¿lo devuelvo o me lo reparáis?", CustomerIntent.Return, CustomerIntent.Warranty)]
    [InlineData("the blender broke, refund or repair?", CustomerIntent.Return, CustomerIntent.Warranty)]
    public void CloseIntents_AreAmbiguous_WithTheRunnerUp(string text, CustomerIntent first, CustomerIntent second)
    {
        var result = IntentRecognizer.Recognize(text);

        Assert.True(result.IsAmbiguous);
        Assert.Equal([first, second], new[] { result.Intent, result.RunnerUp }.Order());
    }

    [Theory]
    [InlineData("necesito la factura de mi pedido")]
    [InlineData("quiero hablar con un agente")]
    [InlineData("I want to cancel my subscription")]
    public void ClearMessage_IsConfident_AndNotAmbiguous(string text)
    {
        var result = IntentRecognizer.Recognize(text);

        Assert.False(result.IsAmbiguous);
        Assert.InRange(result.Confidence, 0.7, 1);
        Assert.True(result.RunnerUpConfidence < result.Confidence);
    }

    [Fact]
    public void EmptyText_IsNoneWithFullConfidence()
    {
        var result = IntentRecognizer.Recognize(null);

        Assert.Equal(new IntentRecognition(CustomerIntent.None, 1, CustomerIntent.None, 0, false), result);
    }

    [Fact]
    public void SameText_SameResult()
        => Assert.Equal(IntentRecognizer.Recognize("dónde está mi pedido"), IntentRecognizer.Recognize("dónde está mi pedido"));

    [Fact]
    public void IntentNames_RoundTrip_AndAreStable()
    {
        Assert.Equal(
            ["order_status", "return", "warranty", "invoice", "faq", "feedback", "human", "cancel", "none"],
            IntentNames.All.Select(IntentNames.ToName));
        Assert.All(Enum.GetValues<CustomerIntent>(), i => Assert.True(IntentNames.TryParse(IntentNames.ToName(i), out var back) && back == i));
        Assert.False(IntentNames.TryParse("OrderStatus", out _));
        Assert.False(IntentNames.TryParse(null, out _));
    }

    private static void AssertIntent(CustomerIntent expected, string? text)
    {
        var result = IntentRecognizer.Recognize(text);
        Assert.True(expected == result.Intent, $"'{text}': expected {expected}, got {result.Intent} ({result.Confidence}; runner-up {result.RunnerUp} {result.RunnerUpConfidence})");
        Assert.InRange(result.Confidence, 0, 1);
    }
}
