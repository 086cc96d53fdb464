using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("Escribidme a quin.perez@example.com por favor", "quin.perez@example.com")]
    [InlineData("my email is John.Smith+orders@mail.co.uk.", "John.Smith+orders@mail.co.uk")]
    [InlineData("correo: maría.núñez@correo.es", "maría.núñez@correo.es")]
    public void Emails_AreRedacted(string text, string email)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(email, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Email, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("llamadme al 612 345 678", "612 345 678")]
    [InlineData("llamadme al 612345678 mañana", "612345678")]
    [InlineData("mi fijo es el 91 123 45 67", "91 123 45 67")]
    [InlineData("móvil +34 612 34 56 78", "+34 612 34 56 78")]
    [InlineData("call me on +44 7700 900123", "+44 7700 900123")]
    [InlineData("call me at (555) 123-4567 after 5", "(555) 123-4567")]
    [InlineData("ring 07700 900123 please", "07700 900123")]
    [InlineData("teléfono 0034612345678", "0034612345678")]
    public void Phones_AreRedacted(string text, string phone)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(phone, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Phone, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pagué con la 4111 1111 1111 1111 y no llegó", "4111 1111 1111 1111")]
    [InlineData("card 5500-0000-0000-0004 was charged twice", "5500-0000-0000-0004")]
    [InlineData("tarjeta 4111111111111111", "4111111111111111")]
    public void LuhnValidCards_AreRedacted(string text, string card)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(card, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Card, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("devolvedlo a ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332")]
    [InlineData("refund to GB82WEST12345698765432 thanks", "GB82WEST12345698765432")]
    public void ValidIbans_AreRedacted(string text, string iban)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(iban, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Iban, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mi DNI es 12345678Z", "12345678Z")]
    [InlineData("DNI 12345678-z", "12345678-z")]
    [InlineData("NIE X1234567L", "X1234567L")]
    public void SpanishIds_WithAValidLetter_AreRedacted(string text, string id)
    {
        var redacted = PiiRedactor.Redact(text);

        Assert.DoesNotContain(id, redacted, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Id, redacted, StringComparison.Ordinal);
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
