namespace SupportBot.Bot.Knowledge;

/// <summary>One word of a question, as searched.</summary>
/// <param name="Term">The word's term (folded, stemmed).</param>
/// <param name="Synonyms">Terms of the shop's synonyms for it.</param>
public sealed record QuestionTerm(string Term, IReadOnlyList<string> Synonyms);
