using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Tests.Orders;

public sealed class OrderRecognizerTests
{
    [Theory]
    [InlineData("400101", "400101")]
    [InlineData(" #400101. ", "400101")]
    [InlineData("nº 400101", "400101")]
    [InlineData("es el pedido 400101", "400101")]
    [InlineData("order number 400101", "400101")]
    [InlineData("mi pedido es el nº 400101, gracias", "400101")]
    [InlineData("SB-1001", "SB-1001")]
    [InlineData("es el sb-1001, gracias", "SB-1001")]
    [InlineData("A1001", "A1001")]
    [InlineData("123", null)]
    [InlineData("SB-1001 o SB-1002", null)]
    [InlineData("x-12345", "X-12345")]
    [InlineData("400101 o 400102", null)]
    [InlineData("612 345 678", null)]
    [InlineData("no lo sé", null)]
    [InlineData("llegó el 12 de marzo", null)]
    [InlineData("", null)]
    [InlineData("mi pedido es el 400 101", "400101")]
    [InlineData("order 400-108", "400108")]
    [InlineData("400 101 y 400 102", null)]
    [InlineData("400101, cp 28013", "400101")]
    [InlineData("400101 28013", "400101")]
    [InlineData("400108 emily@mail.co.uk", "400108")]
    public void OrderNumber(string text, string? expected)
    {
        var recognition = OrderNumberRecognizer.Recognize(text);
        Assert.Equal(expected is not null, recognition.Succeeded);
        if (expected is not null)
        {
            Assert.Equal(expected, recognition.Value);
        }
    }

    [Theory]
    [InlineData("lucia.martin@example.es", "lucia.martin@example.es")]
    [InlineData("es lucia.martin@example.es.", "lucia.martin@example.es")]
    [InlineData("my email is <john@example.co.uk>", "john@example.co.uk")]
    [InlineData("28013", "28013")]
    [InlineData("el código postal es el 08001", "08001")]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("D02 X285", "D02 X285")]
    [InlineData("no me acuerdo", null)]
    [InlineData("casa", null)]
    [InlineData("lo compré hace 3 días", null)]
    [InlineData("   ", null)]
    [InlineData("cp 28013", "28013")]
    public void Proof(string text, string? expected)
    {
        var recognition = OrderProofRecognizer.Recognize(text);
        Assert.Equal(expected is not null, recognition.Succeeded);
        if (expected is not null)
        {
            Assert.Equal(expected, recognition.Value);
        }
    }

    [Theory]
    [InlineData("400101, cp 28013", "400101", "28013")]
    [InlineData("400101 28013", "400101", "28013")]
    [InlineData("pedido 400108, emily.johnson@mail.co.uk", "400108", "emily.johnson@mail.co.uk")]
    [InlineData("400101", "400101", null)]
    [InlineData("no lo tengo", null, null)]
    [InlineData("no lo sé", null, null)]
    [InlineData("I don't have the order number", null, null)]
    [InlineData("can you look it up by my email?", null, null)]
    public void OrderNumberAnswer_TakesTheProofBesideIt_OrSeesTheCustomerHasNone(string text, string? number, string? proof)
    {
        var recognition = OrderNumberRecognizer.RecognizeAnswer(text);
        Assert.True(recognition.Succeeded);
        Assert.Equal((number, proof), (recognition.Value.OrderNumber, recognition.Value.Proof));
        Assert.Equal(number is null, recognition.Value.IsNumberUnknown);
    }

    [Theory]
    [InlineData("hmm", false)]
    [InlineData("mi pedido no se ha entregado", false)]
    [InlineData("no tengo el paquete todavía", false)]
    [InlineData("400101 o 400102", false)]
    public void OrderNumberAnswer_NeitherANumberNorNoneOfIt_IsNotRecognised(string text, bool recognised)
        => Assert.Equal(recognised, OrderNumberRecognizer.RecognizeAnswer(text).Succeeded);

    [Theory]
    [InlineData("28013", null, "28013")]
    [InlineData("EH1 2NG", null, "EH1 2NG")]
    [InlineData("lucia400101@example.es", null, "lucia400101@example.es")]
    [InlineData("400102", "400102", null)]
    [InlineData("el pedido 400102, cp 08012", "400102", "08012")]
    [InlineData("perdona, es el 400 102", "400102", null)]
    public void ProofAnswer_ANumberInsteadOfTheProof_IsADifferentOrder(string text, string? number, string? proof)
    {
        var recognition = OrderProofRecognizer.RecognizeAnswer(text);
        Assert.True(recognition.Succeeded);
        Assert.Equal((number, proof), (recognition.Value.OrderNumber, recognition.Value.Proof));
    }

    [Theory]
    [InlineData("status of 400108", "400108")]
    [InlineData("¿dónde está el 400101?", "400101")]
    [InlineData("mi pedido es el 400 101", "400101")]
    [InlineData("order 400-108", "400108")]
    [InlineData("where's my order from 2025?", null)]
    [InlineData("I need the invoice for SB-1001", "SB-1001")]
    public void InRequest_ALoneOrderNumber_IsTheOrder(string text, string? expected)
        => Assert.Equal(expected, OrderNumberRecognizer.InRequest(text));
}
