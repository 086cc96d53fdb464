namespace SupportBot.Dialogs.Knowledge;

/// <summary>The knowledge-base dialog in Spanish (Spain, "tú").</summary>
public sealed class SpanishKnowledgeTexts : KnowledgeTexts
{
    /// <inheritdoc />
    public override string SeeAlso(IEnumerable<string> titles) => "También te puede interesar: " + string.Join(" · ", titles) + ".";

    /// <inheritdoc />
    public override string WasItHelpful => "¿Te ha servido?";

    /// <inheritdoc />
    public override string GladItHelped => "¡Me alegro de que te haya servido!";

    /// <inheritdoc />
    public override string SorryItDidNotHelp => "Siento que no te haya servido.";

    /// <inheritdoc />
    public override string Suggestions => "No estoy seguro de haberte entendido. ¿Es alguna de estas?";

    /// <inheritdoc />
    public override string NoneOfThese => "Ninguna de estas";

    /// <inheritdoc />
    public override string Rephrase => "No he encontrado nada sobre eso. ¿Me lo cuentas con otras palabras?";

    /// <inheritdoc />
    public override string NoAnswer => "Lo siento, no tengo una respuesta para eso.";
}
