using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class OrderNumberExtractorTests
{
    [Theory]
    [InlineData("mi pedido 10234", "10234")]
    [InlineData("Pedido #10234", "10234")]
    [InlineData("order #10234", "10234")]
    [InlineData("#10234", "10234")]
    [InlineData("ORDER 10234.", "10234")]
    [InlineData("pedido10234", "10234")]
    [InlineData("Quiero valorar el pedido nº 10234, gracias", "10234")]
    [InlineData("pedido n° 10234", "10234")]
    [InlineData("pedido n.º 10234", "10234")]
    [InlineData("pedido numero 10234", "10234")]
    [InlineData("pedido número 10234", "10234")]
    [InlineData("pedido núm. 10234", "10234")]
    [InlineData("Pedido: 10234", "10234")]
    [InlineData("order no 10234", "10234")]
    [InlineData("Order No. 10234", "10234")]
    [InlineData("order number 10234", "10234")]
    [InlineData("order number: 10234", "10234")]
    [InlineData("la orden 4321", "4321")]
    [InlineData("my purchase 123456789012", "123456789012")]
    [InlineData("compra #55501 y compra #55502", "55501")]
    [InlineData("mi pedido SB-1001 no ha llegado", "SB-1001")]
    [InlineData("order #a1001", "A1001")]
    [InlineData("where is order AB-20261127", "AB-20261127")]
    public void Find_OrderNumberAfterKeywordOrHash_IsFound(string text, string expected) =>
        Assert.Equal(expected, OrderNumberExtractor.Find(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("quiero valorar mi pedido")]
    // too short or too long to be an order number
    [InlineData("pedido 123")]
    [InlineData("#123")]
    [InlineData("pedido 1234567890123")]
    // prices, dates, phones, postcodes: numbers without the keyword right before them
    [InlineData("Pagué 49,99 € por el pedido")]
    [InlineData("el pedido costó 1200 euros")]
    [InlineData("un pedido de 1500 €")]
    [InlineData("el pedido del 12/03/2024 llegó tarde")]
    [InlineData("pedido 12/03/2024")]
    [InlineData("llegó el 2024-03-12")]
    [InlineData("mi teléfono es 612 345 678")]
    [InlineData("llamadme al +34 612345678 por el pedido")]
    [InlineData("CP 28001")]
    [InlineData("código postal 08001, sobre mi compra")]
    // a keyword inside another word is no keyword
    [InlineData("reorder 12345")]
    [InlineData("he pedido 3 veces")]
    public void Find_NoOrderNumber_IsNull(string? text) => Assert.Null(OrderNumberExtractor.Find(text));
}
