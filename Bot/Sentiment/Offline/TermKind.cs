namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>What a lexicon term does to the words around it.</summary>
internal enum TermKind
{
    /// <summary>Carries a feeling of its own, −4 (very negative) to +4 (very positive).</summary>
    Valence,

    /// <summary>Strengthens (positive value: "muy", "very") or weakens (negative value: "un poco", "a bit") the next feeling.</summary>
    Booster,

    /// <summary>Turns the next feeling around ("no", "nunca", "didn't").</summary>
    Negator,

    /// <summary>Says the clause after it matters more ("pero", "but", "aunque", "however").</summary>
    Contrast,

    /// <summary>Says nothing alone but is negative when negated ("no funciona", "nadie contesta", "never arrived").</summary>
    NegatedValence,

    /// <summary>Names a post-sale aspect ("entrega", "the agent").</summary>
    Aspect,

    /// <summary>Removes a noisy entry of a general lexicon.</summary>
    Ignore,
}
