namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>What a token of a customer comment is.</summary>
internal enum TokenKind
{
    /// <summary>Letters, digits and inner apostrophes or hyphens.</summary>
    Word,

    /// <summary>An emoji or an emoticon such as ":)".</summary>
    Emoji,

    /// <summary>One punctuation mark.</summary>
    Punctuation,
}
