namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>A term found at a token: the entry and how many tokens it covers.</summary>
/// <param name="Entry">The lexicon entry.</param>
/// <param name="TokenCount">Tokens covered, at least one.</param>
internal readonly record struct LexiconMatch(LexiconEntry Entry, int TokenCount);
