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
    public void Proof(string text, string? expected)
    {
        var recognition = OrderProofRecognizer.Recognize(text);
        Assert.Equal(expected is not null, recognition.Succeeded);
        if (expected is not null)
        {
            Assert.Equal(expected, recognition.Value);
        }
    }
}
