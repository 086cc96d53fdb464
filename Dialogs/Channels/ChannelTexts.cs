using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Channels;

/// <summary>What the renderer adds when a channel cannot show buttons or files, one subclass per language.</summary>
public abstract class ChannelTexts
{
    /// <summary>The Spanish texts.</summary>
    public static ChannelTexts Spanish { get; } = new SpanishChannelTexts();

    /// <summary>The English texts.</summary>
    public static ChannelTexts English { get; } = new EnglishChannelTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static ChannelTexts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>Under a question whose buttons were the numbers <paramref name="min"/>..<paramref name="max"/>.</summary>
    public abstract string AnswerWithNumber(int min, int max);

    /// <summary>Above a numbered list of options.</summary>
    public abstract string AnswerWithOptionNumber { get; }

    /// <summary>In place of a file the channel cannot carry.</summary>
    public abstract string FileNotShown(string? fileName);

    /// <summary>How to stop surveys by text message (for invitations on channels with opt-out keywords).</summary>
    public abstract string StopHint { get; }
}
