using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Channels;

/// <summary>Turns the markdown the bot writes (help articles: <c>**bold**</c>, <c>[text](url)</c>, headings, lists)
/// into what a channel shows: plain text where markdown would show as typed, Slack's mrkdwn on Slack.</summary>
public static partial class MarkupConverter
{
    /// <summary>The text for a channel that renders <paramref name="flavor"/>.</summary>
    public static string Convert(string text, MarkupFlavor flavor)
    {
        ArgumentNullException.ThrowIfNull(text);
        return flavor switch
        {
            MarkupFlavor.None => ToPlain(text),
            MarkupFlavor.SlackMrkdwn => ToSlack(text),
            _ => text,
        };
    }

    /// <summary>Markdown read as plain text: emphasis marks, heading and quote marks and code ticks removed, links written
    /// as "text (url)", list bullets as "•".</summary>
    public static string ToPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Link().Replace(text, m => string.Equals(m.Groups["text"].Value, m.Groups["url"].Value, StringComparison.Ordinal)
            ? m.Groups["url"].Value
            : m.Groups["text"].Value + " (" + m.Groups["url"].Value + ")");
        plain = Strong().Replace(plain, "${inner}");
        plain = Emphasis().Replace(plain, "${inner}");
        plain = Code().Replace(plain, "${inner}");
        plain = Heading().Replace(plain, string.Empty);
        plain = Quote().Replace(plain, string.Empty);
        return Bullet().Replace(plain, "${indent}• ");
    }

    /// <summary>Markdown as Slack mrkdwn: <c>**x**</c> → <c>*x*</c>, links → <c>&lt;url|text&gt;</c>, headings bold.</summary>
    public static string ToSlack(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slack = Link().Replace(text, m => "<" + m.Groups["url"].Value + "|" + m.Groups["text"].Value + ">");
        slack = Strong().Replace(slack, "*${inner}*");
        slack = HeadingLine().Replace(slack, "*${inner}*");
        return Bullet().Replace(slack, "${indent}• ");
    }

    [GeneratedRegex(@"\[(?<text>[^\]\r\n]+)\]\((?<url>https?://[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?<inner>\S(?:.*?\S)?)\1")]
    private static partial Regex Strong();

    // Single asterisks only: an underscore is too common inside words, e-mails and links to be read as emphasis.
    [GeneratedRegex(@"(?<![\*\w])\*(?<inner>[^\s\*](?:[^\*\r\n]*?[^\s\*])?)\*(?![\*\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`(?<inner>[^`\r\n]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[ \t]{0,3}#{1,6}[ \t]+(?<inner>.+?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^[ \t]{0,3}>[ \t]?", RegexOptions.Multiline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"^(?<indent>[ \t]*)[-*+][ \t]+", RegexOptions.Multiline)]
    private static partial Regex Bullet();
}
