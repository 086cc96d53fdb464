using SupportBot.Dialogs.Channels;

namespace SupportBot.Dialogs.Tests.Channels;

public sealed class MarkupConverterTests
{
    [Theory]
    [InlineData("**Plazo:** tienes **30 días naturales**", "Plazo: tienes 30 días naturales")]
    [InlineData("Lee la [política de devoluciones](https://tienda.example/devoluciones).", "Lee la política de devoluciones (https://tienda.example/devoluciones).")]
    [InlineData("## Envíos\nTarda *2 días*.", "Envíos\nTarda 2 días.")]
    [InlineData("- uno\n- dos", "• uno\n• dos")]
    [InlineData("usa `SB-1001`", "usa SB-1001")]
    [InlineData("mi_correo_2@mail.es y 4 * 5", "mi_correo_2@mail.es y 4 * 5")]
    [InlineData("★★★★ 4/5", "★★★★ 4/5")]
    public void None_ReadsAsPlainText(string markdown, string plain)
        => Assert.Equal(plain, MarkupConverter.Convert(markdown, MarkupFlavor.None));

    [Theory]
    [InlineData("**Plazo:** 30 días", "*Plazo:* 30 días")]
    [InlineData("[returns](https://shop.example/returns)", "<https://shop.example/returns|returns>")]
    [InlineData("# Refunds", "*Refunds*")]
    public void Slack_GetsMrkdwn(string markdown, string slack)
        => Assert.Equal(slack, MarkupConverter.Convert(markdown, MarkupFlavor.SlackMrkdwn));

    [Fact]
    public void Markdown_IsLeftAlone()
        => Assert.Equal("**x** [a](https://b.example)", MarkupConverter.Convert("**x** [a](https://b.example)", MarkupFlavor.Markdown));
}
