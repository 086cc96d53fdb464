using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>One term of a lexicon: its folded words, what it does and its value.</summary>
/// <param name="Words">The folded words of the term, at least one.</param>
/// <param name="Kind">What the term does.</param>
/// <param name="Value">Valence −4..4 or booster strength; unused by negators and contrasts.</param>
/// <param name="Aspect">The aspect, for <see cref="TermKind.Aspect"/> terms.</param>
/// <param name="NegatedValue">For a <see cref="TermKind.Valence"/> term that also has a <c>negated</c> line ("works" 1 and
/// "didn't work" −2.4): its valence when negated, instead of the turned-around value.</param>
internal sealed record LexiconEntry(string[] Words, TermKind Kind, double Value, ServiceAspect? Aspect = null, double? NegatedValue = null);
