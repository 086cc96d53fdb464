namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>One token: its folded form (lower case, no accents, elongations kept) and where it is in the original text.</summary>
/// <param name="Text">Folded text; emoji without variation selectors or skin tones.</param>
/// <param name="Offset">Start in the original text, in UTF-16 code units.</param>
/// <param name="Length">Length in the original text, in UTF-16 code units.</param>
/// <param name="Kind">Word, emoji or punctuation.</param>
/// <param name="IsAllCaps">A word of two or more letters written in capitals.</param>
internal readonly record struct TextToken(string Text, int Offset, int Length, TokenKind Kind, bool IsAllCaps);
