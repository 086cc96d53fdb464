using System.Buffers;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.AfterSale;

/// <summary>Reads what a customer wants from an after-sale message, in Spanish, English or a mix of both, without a
/// cloud service: weighted keywords and patterns (<see cref="IntentCues"/>) over normalized text, tolerant of missing
/// accents and one-letter typos, with request words ("devolver", "cancelar", "reparar") ignored after a negation in the
/// same clause, plus a naive Bayes model learned from hand-written phrasings (<see cref="IntentModel"/>) for wording the
/// cues do not list. Deterministic: the same text always gives the same result.</summary>
/// <remarks><see cref="CustomerIntent.Cancel"/> is churn in the wide sense the retention team handles: cancelling an
/// order, a subscription or the account, or threatening to leave. Cancelling a <em>return</em> is
/// <see cref="CustomerIntent.Return"/>. An explicit request for a person outweighs the topic it is about.</remarks>
public static class IntentRecognizer
{
    /// <summary>Evidence below this gives <see cref="CustomerIntent.None"/>.</summary>
    public const double MinimumScore = 1.5;

    /// <summary>A runner-up scoring at least this share of the top intent makes the result ambiguous.</summary>
    public const double AmbiguityRatio = 0.6;

    private const double ChurnWeight = 4;

    // The learned model's say: its probability (0–1) times this is added to the cue evidence, so a sure model weighs as much
    // as a strong hint, and never as much as a phrase that names the intent on its own.
    private const double ModelWeight = 3;
    private const int NegationWindow = 3;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "ni", "nunca", "jamas", "sin", "not", "dont", "doesnt", "didnt", "wont", "cant", "never", "without", "isnt",
    };

    // Words between a negation and the request it negates: "no QUIERO devolverlo", "don't WANT TO cancel".
    private static readonly HashSet<string> RequestFillers = new(StringComparer.Ordinal)
    {
        "quiero", "quisiera", "necesito", "pienso", "voy", "vamos", "a", "me", "lo", "la", "los", "las", "te", "se", "le",
        "want", "wanna", "to", "need", "plan", "going", "gonna", "i", "we", "would", "like", "it", "be", "will",
    };

    private static readonly SearchValues<char> ClausePunctuation = SearchValues.Create(",.;:!?");

    private static readonly HashSet<string> ContractionEndings = new(StringComparer.Ordinal) { "t", "s", "m", "d", "ll", "re", "ve" };

    // Ties go to the intent that matters most to the customer: a person, then keeping them, then their money.
    private static readonly CustomerIntent[] Priority =
    [
        CustomerIntent.Human, CustomerIntent.Cancel, CustomerIntent.Return, CustomerIntent.Warranty, CustomerIntent.Invoice,
        CustomerIntent.OrderStatus, CustomerIntent.Faq, CustomerIntent.Feedback, CustomerIntent.None,
    ];

    /// <summary>The top intent of <paramref name="text"/>, its confidence and the runner-up.</summary>
    /// <param name="text">The customer's message; null or empty gives <see cref="CustomerIntent.None"/>.</param>
    public static IntentRecognition Recognize(string? text)
    {
        var refused = new HashSet<CustomerIntent>();
        var cueScores = Score(text, refused);
        var scores = new Dictionary<CustomerIntent, double>(cueScores);
        // The model cannot read negation: once the customer refused something in so many words ("I don't want to
        // return it"), "don't want" would pull it towards churn, so only the cues speak for that message.
        if (refused.Count == 0)
        {
            var probabilities = IntentModel.Default.Probabilities(text);
            foreach (var intent in Priority)
            {
                scores[intent] = scores.GetValueOrDefault(intent) + (ModelWeight * probabilities[(int)intent]);
            }
        }

        var ranked = Priority.Select(i => (Intent: i, Score: scores.GetValueOrDefault(i)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ToList();
        var top = ranked.Count > 0 ? ranked[0] : (Intent: CustomerIntent.None, Score: 0.0);
        var second = ranked.Count > 1 ? ranked[1] : (Intent: CustomerIntent.None, Score: 0.0);
        if (top.Score < MinimumScore)
        {
            // Weak evidence: the best guess is still worth offering as the runner-up.
            return new IntentRecognition(CustomerIntent.None, 1 - (top.Score / MinimumScore / 2), top.Intent, Confidence(top.Score, 0), false);
        }

        // Only two things the customer may want are worth a clarifying question; small talk around a request is not.
        // Two requests named in so many words ("refund or repair?") stay a question even when the model leans to one.
        var ambiguous = top.Intent != CustomerIntent.None && second.Intent != CustomerIntent.None
                        && (second.Score >= AmbiguityRatio * top.Score
                            || cueScores.GetValueOrDefault(second.Intent) >= AmbiguityRatio * cueScores.GetValueOrDefault(top.Intent));
        return new IntentRecognition(top.Intent, Confidence(top.Score, second.Score), second.Intent, Confidence(second.Score, top.Score), ambiguous);
    }

    /// <summary>The summed cue weights per intent (intents without evidence are absent).</summary>
    /// <param name="text">The message.</param>
    /// <param name="refused">Receives the intents whose request words were negated ("no quiero devolverlo").</param>
    internal static Dictionary<CustomerIntent, double> Score(string? text, HashSet<CustomerIntent> refused)
    {
        var scores = new Dictionary<CustomerIntent, double>();
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return scores;
        }

        var (words, clauseStarts) = Words(normalized);
        // Strongest cues first; a weaker cue found only inside words a stronger cue of the same intent already took
        // adds nothing ("shipping" inside "shipping costs"), so one phrase is not counted twice.
        var taken = new List<(CustomerIntent Intent, int Start, int End)>();
        foreach (var cue in IntentCues.All)
        {
            // Most of the thousand-odd cues start with a letter no word of a short message starts with.
            if (cue.FirstLetter is { } letter && !AnyStartsWith(words, letter))
            {
                continue;
            }

            for (var start = 0; start < words.Count; start++)
            {
                var end = cue.MatchAt(words, start);
                if (end < 0)
                {
                    continue;
                }

                if (cue.Negatable && IsNegated(words, clauseStarts, start))
                {
                    refused.Add(cue.Intent);
                    continue;
                }

                if (IsTaken(taken, cue.Intent, start, end))
                {
                    continue;
                }

                taken.Add((cue.Intent, start, end));
                scores[cue.Intent] = scores.GetValueOrDefault(cue.Intent) + cue.Weight;
                break;
            }
        }

        if (ChurnDetector.Detect(normalized))
        {
            scores[CustomerIntent.Cancel] = scores.GetValueOrDefault(CustomerIntent.Cancel) + ChurnWeight;
        }

        return scores;
    }

    private static bool AnyStartsWith(List<string> words, char letter)
    {
        foreach (var word in words)
        {
            if (word.Length > 0 && word[0] == letter)
            {
                return true;
            }
        }

        return false;
    }

    // A loop rather than List.Exists with a lambda: the lambda's captures were allocated for every cue and word.
    private static bool IsTaken(List<(CustomerIntent Intent, int Start, int End)> taken, CustomerIntent intent, int start, int end)
    {
        foreach (var t in taken)
        {
            if (t.Intent == intent && t.Start <= start && end <= t.End)
            {
                return true;
            }
        }

        return false;
    }

    // Strong and uncontested → near 1; a close runner-up pulls it towards one half of the shared evidence.
    private static double Confidence(double score, double other)
        => score <= 0 ? 0 : Math.Round(score / (score + other) * (1 - Math.Exp(-score / 2)), 3);

    private static bool IsNegated(List<string> words, HashSet<int> clauseStarts, int start)
    {
        // Only a negation of the request itself: "no quiero devolverlo", "I don't want to return it" — not
        // "si no ha llegado cancelo", where the negation belongs to another verb.
        for (var i = start - 1; i >= 0 && i >= start - NegationWindow - 1 && !clauseStarts.Contains(i + 1); i--)
        {
            if (Negations.Contains(words[i]))
            {
                return true;
            }

            if (!RequestFillers.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The normalized, folded words of <paramref name="text"/>, as the cues see them, with a word a negation
    /// reaches marked ("no quiero <c>!devolverlo</c>"), so that the model does not read a refused request as the request.</summary>
    internal static List<string> WordsOf(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        var (words, clauseStarts) = Words(normalized);
        return [.. words.Select((word, i) => IsNegated(words, clauseStarts, i) ? "!" + word : word)];
    }

    /// <summary>The words of the message with contractions joined ("don't" → "dont", "where's" → "wheres"), and
    /// the indexes of words that follow punctuation, where a negation stops reaching.</summary>
    private static (List<string> Words, HashSet<int> ClauseStarts) Words(string normalized)
    {
        var tokens = TextNormalizer.Tokenize(normalized);
        var words = new List<string>(tokens.Count);
        var clauseStarts = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var between = i > 0 ? TextNormalizer.Between(normalized, tokens[i - 1], tokens[i]) : [];
            if (i > 0 && between is "'" && ContractionEndings.Contains(tokens[i].Text) && words.Count > 0)
            {
                words[^1] += IntentCue.Fold(tokens[i].Text);
                continue;
            }

            if (between.IndexOfAny(ClausePunctuation) >= 0)
            {
                clauseStarts.Add(words.Count);
            }

            words.Add(IntentCue.Fold(tokens[i].Text));
        }

        return (words, clauseStarts);
    }
}
