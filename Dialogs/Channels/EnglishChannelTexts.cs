using System.Globalization;

namespace SupportBot.Dialogs.Channels;

/// <summary>English.</summary>
public sealed class EnglishChannelTexts : ChannelTexts
{
    /// <inheritdoc />
    public override string AnswerWithNumber(int min, int max)
        => string.Format(CultureInfo.InvariantCulture, "Answer with a number from {0} to {1}.", min, max);

    /// <inheritdoc />
    public override string AnswerWithOptionNumber => "Reply with the number of your choice:";

    /// <inheritdoc />
    public override string FileNotShown(string? fileName)
        => $"I can't send you the file{(string.IsNullOrWhiteSpace(fileName) ? string.Empty : " " + fileName)} on this channel: it is in your account on the shop, or type \"talk to a person\" and we'll email it to you.";

    /// <inheritdoc />
    public override string StopHint => "Reply STOP if you don't want any more surveys.";
}
