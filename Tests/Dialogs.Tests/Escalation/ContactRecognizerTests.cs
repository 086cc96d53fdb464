using SupportBot.Dialogs.Escalation;

namespace SupportBot.Dialogs.Tests.Escalation;

public sealed class ContactRecognizerTests
{
    [Theory]
    [InlineData("612 345 678", "612 345 678")]
    [InlineData("Vale, llamadme al 612345678 por la tarde", "612345678")]
    [InlineData("+34 612 34 56 78", "+34 612 34 56 78")]
    [InlineData("call me on (555) 123-4567", "(555) 123-4567")]
    [InlineData("mi correo es Ana.Lopez@Example.com gracias", "Ana.Lopez@Example.com")]
    [InlineData("email me: john+shop@mail.co.uk", "john+shop@mail.co.uk")]
    public void FindsThePhoneOrEmail(string text, string expected) => Assert.Equal(expected, ContactRecognizer.Find(text));

    [Theory]
    [InlineData("no sé")]
    [InlineData("dunno")]
    [InlineData("mi pedido 10234")]
    [InlineData("12345")]
    [InlineData("ana@")]
    [InlineData("")]
    [InlineData(null)]
    public void FindsNothing_WithoutAPhoneOrEmail(string? text) => Assert.Null(ContactRecognizer.Find(text));
}
