using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("Escribidme a quin.perez@example.com por favor", "quin.perez@example.com", PiiRedactor.Email)]
    [InlineData("my email is John.Smith+orders@mail.co.uk.", "John.Smith+orders@mail.co.uk", PiiRedactor.Email)]
    [InlineData("correo: maría.núñez@correo.es", "maría.núñez@correo.es", PiiRedactor.Email)]
    [InlineData("llamadme al 612 345 678", "612 345 678", PiiRedactor.Phone)]
    [InlineData("llamadme al 612345678 mañana", "612345678", PiiRedactor.Phone)]
    [InlineData("mi fijo es el 91 123 45 67", "91 123 45 67", PiiRedactor.Phone)]
    [InlineData("móvil +34 612 34 56 78", "+34 612 34 56 78", PiiRedactor.Phone)]
    [InlineData("call me on +44 7700 900123", "+44 7700 900123", PiiRedactor.Phone)]
    [InlineData("call me at (555) 123-4567 after 5", "(555) 123-4567", PiiRedactor.Phone)]
    [InlineData("ring 07700 900123 please", "07700 900123", PiiRedactor.Phone)]
    [InlineData("teléfono 0034612345678", "0034612345678", PiiRedactor.Phone)]
    [InlineData("pagué con la 4111 1111 1111 1111 y no llegó", "4111 1111 1111 1111", PiiRedactor.Card)]
    [InlineData("card 5500-0000-0000-0004 was charged twice", "5500-0000-0000-0004", PiiRedactor.Card)]
    [InlineData("tarjeta 4111111111111111", "4111111111111111", PiiRedactor.Card)]
    [InlineData("devolvedlo a ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332", PiiRedactor.Iban)]
    [InlineData("refund to GB82WEST12345698765432 thanks", "GB82WEST12345698765432", PiiRedactor.Iban)]
    [InlineData("mi DNI es 12345678Z", "12345678Z", PiiRedactor.Id)]
    [InlineData("DNI 12345678-z", "12345678-z", PiiRedactor.Id)]
    [InlineData("NIE X1234567L", "X1234567L", PiiRedactor.Id)]
    public void PersonalData_IsReplacedByItsPlaceholder(string text, string personalData, string placeholder)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(personalData, redacted, StringComparison.Ordinal);
        Assert.Contains(placeholder, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mi pedido 10234 llegó tarde")]
    [InlineData("order #612345678 never arrived")]
    [InlineData("pedido nº 4111111111111111")]
    [InlineData("me cobraron 1.299,00 € en vez de 999,99 €")]
    [InlineData("charged $1,299.00 on 2026-11-27")]
    [InlineData("llegó el 02/12/2026 a las 16:10")]
    [InlineData("código postal 28001, Madrid")]
    [InlineData("4111 1111 1111 1112 is not a card")]
    [InlineData("ES00 2100 0418 4502 0005 1332 is not an IBAN")]
    [InlineData("12345678A no es un DNI válido")]
    [InlineData("I gave it 5 stars out of 10, 3 times")]
    [InlineData("")]
    public void OrdersPricesDatesPostcodesAndInvalidNumbers_AreKept(string text)
    {
        Assert.Equal(text, PiiRedactor.Redact(text));
    }

    [Fact]
    public void SeveralKinds_InOneText_AreAllRedacted_AndTheRestKept()
    {
        var redacted = PiiRedactor.Redact("Pedido 10234: escribid a ana@example.com o al +34 612 345 678; DNI 12345678Z.");

        Assert.Equal("Pedido 10234: escribid a [EMAIL] o al [PHONE]; DNI [ID].", redacted);
    }
}
