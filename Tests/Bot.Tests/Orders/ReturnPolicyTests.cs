using SupportBot.Bot.Orders;

namespace SupportBot.Bot.Tests.Orders;

public sealed class ReturnPolicyTests
{
    [Theory]
    [InlineData("Llegó roto", true)]
    [InlineData("llego roto", true)]
    [InlineData("Es DEFECTUOSO, no enciende", true)]
    [InlineData("me mandasteis la talla equivocada", true)]
    [InlineData("La caja venía dañada", true)]
    [InlineData("Faltan piezas", true)]
    [InlineData("It arrived broken", true)]
    [InlineData("Faulty charger", true)]
    [InlineData("You sent the wrong size", true)]
    [InlineData("It doesn’t work", true)]
    [InlineData("Ya no lo quiero", false)]
    [InlineData("He cambiado de opinión", false)]
    [InlineData("Changed my mind", false)]
    [InlineData("Too big for my kitchen", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ShopPays_OnlyWhenTheShopIsAtFault(string? reason, bool shopAtFault)
        => Assert.Equal(shopAtFault, ReturnPolicy.IsShopAtFault(reason));
}
