namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>A word, a run of digits or a single symbol (emoji, star) in normalized text, with its position,
/// so recognizers can still look at the punctuation between tokens ("4/5", "7.5", "no, genial").</summary>
internal readonly record struct Token(string Text, int Start, int End)
{
    public bool IsDigits => char.IsAsciiDigit(Text[0]);
}
