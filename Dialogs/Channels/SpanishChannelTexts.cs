using System.Globalization;

namespace SupportBot.Dialogs.Channels;

/// <summary>Spanish (Spain, tú).</summary>
public sealed class SpanishChannelTexts : ChannelTexts
{
    /// <inheritdoc />
    public override string AnswerWithNumber(int min, int max)
        => string.Format(CultureInfo.InvariantCulture, "Responde con un número del {0} al {1}.", min, max);

    /// <inheritdoc />
    public override string AnswerWithOptionNumber => "Responde con el número de tu opción:";

    /// <inheritdoc />
    public override string FileNotShown(string? fileName)
        => $"No puedo enviarte el archivo{(string.IsNullOrWhiteSpace(fileName) ? string.Empty : " " + fileName)} por este canal: lo tienes en tu cuenta de la tienda, o escribe «hablar con una persona» y te lo enviamos por correo.";

    /// <inheritdoc />
    public override string StopHint => "Si no quieres más encuestas, responde BAJA.";
}
