namespace SupportBot.Dialogs.Knowledge;

/// <summary>The knowledge-base dialog in English.</summary>
public sealed class EnglishKnowledgeTexts : KnowledgeTexts
{
    /// <inheritdoc />
    public override string SeeAlso(IEnumerable<string> titles) => "You may also find these useful: " + string.Join(" · ", titles) + ".";

    /// <inheritdoc />
    public override string WasItHelpful => "Did this help?";

    /// <inheritdoc />
    public override string GladItHelped => "Glad it helped!";

    /// <inheritdoc />
    public override string SorryItDidNotHelp => "Sorry it didn't help.";

    /// <inheritdoc />
    public override string Suggestions => "I'm not sure I understood. Is it one of these?";

    /// <inheritdoc />
    public override string NoneOfThese => "None of these";

    /// <inheritdoc />
    public override string Rephrase => "I couldn't find anything about that. Could you put it another way?";

    /// <inheritdoc />
    public override string NoAnswer => "Sorry, I don't have an answer for that.";
}
