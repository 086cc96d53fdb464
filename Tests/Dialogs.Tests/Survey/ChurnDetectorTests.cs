using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Tests.Survey;

public sealed class ChurnDetectorTests
{
    [Theory]
    // Spanish, with and without accents, any case, inside a longer comment
    [InlineData("Me doy de baja")]
    [InlineData("ME DOY DE BAJA!!!")]
    [InlineData("Quiero darme de baja ya")]
    [InlineData("Voy a cancelar mi cuenta")]
    [InlineData("voy a cancelar mí cuenta")]
    [InlineData("Quiero cancelar mi suscripción")]
    [InlineData("quiero cancelar mi suscripcion")]
    [InlineData("Esto es una vergüenza, me voy a la competencia.")]
    [InlineData("me paso a Amazon")]
    [InlineData("No volveré a comprar aquí")]
    [InlineData("no volvere a comprar")]
    [InlineData("Nunca más compro en esta tienda")]
    [InlineData("Habéis perdido un cliente")]
    [InlineData("habeis perdido un cliente")]
    // English, apostrophes typed or dropped, curly ones from phones
    [InlineData("cancel my subscription")]
    [InlineData("Cancel my account, please")]
    [InlineData("I'm switching to another shop")]
    [InlineData("I’m switching to Zalando")]
    [InlineData("im switching to a competitor")]
    [InlineData("I won't buy again")]
    [InlineData("wont buy again")]
    [InlineData("You lost a customer.")]
    [InlineData("I'm taking my business elsewhere")]
    public void Detect_TalkOfLeaving_IsChurn(string text) => Assert.True(ChurnDetector.Detect(text));

    [Theory]
    [InlineData("Quiero cancelar el pedido")]
    [InlineData("¿Puedo cancelar mi pedido?")]
    [InlineData("quiero cancelar la devolución")]
    [InlineData("Me doy cuenta de que llegó tarde")]
    [InlineData("cancel my order")]
    [InlineData("The delivery was late but the product is great")]
    [InlineData("Muy contento, gracias")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Detect_OtherCancellationsAndOrdinaryComments_AreNotChurn(string? text) => Assert.False(ChurnDetector.Detect(text));
}
