namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>A lexicon term found in a sentence, with where it is and, once scored, its weighted valence.</summary>
internal sealed class ScoredUnit
{
    /// <summary>Index of its first token.</summary>
    public required int Token { get; init; }

    /// <summary>Tokens covered.</summary>
    public required int TokenCount { get; init; }

    /// <summary>Word position of its first token in the sentence (punctuation not counted).</summary>
    public required int Position { get; init; }

    /// <summary>Clause number: commas, semicolons and contrasts start a new clause.</summary>
    public required int Clause { get; init; }

    /// <summary>What the term does.</summary>
    public required TermKind Kind { get; init; }

    /// <summary>The lexicon value.</summary>
    public required double Value { get; init; }

    /// <summary>The valence when negated, for a feeling word that also has a negated line.</summary>
    public double? NegatedValue { get; init; }

    /// <summary>Written in capitals inside a sentence that is not.</summary>
    public required bool IsAllCaps { get; init; }

    /// <summary>The valence after boosters, capitals, negation and contrast; zero for non-valence terms.</summary>
    public double Valence { get; set; }

    /// <summary>Whether a negator turned it around.</summary>
    public bool IsNegated { get; set; }
}
