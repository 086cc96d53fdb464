using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Sentiment.Offline;

/// <summary>Scores one sentence with a lexicon: valences summed after boosters ("muy", "a bit"), capitals,
/// negation ("no está mal", "didn't work"), contrast ("pero", "but": the clause after weighs more) and
/// exclamation marks, in the manner of VADER (Hutto and Gilbert, 2014); then finds the aspects talked about.</summary>
internal static class SentenceScorer
{
    private const double NegationFactor = -0.74;
    private const double CapsBoost = 0.733;
    private const double ExclamationBoost = 0.292;
    private const double QuestionBoost = 0.18;
    private const double ShoutBoost = 0.4;
    private const double QuestionPraiseWeight = 0.3;
    private const double OpenNegationValence = -0.6;
    private const double EnthusiasmValence = 0.5;
    private const int EnthusiasmWords = 4;
    private const double AngryValence = -0.9;
    private const int AngryQuestionMarks = 3;
    private const double BeforeContrastWeight = 0.5;
    private const double AfterContrastWeight = 1.5;
    private const int Window = 3;

    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "want", "wanted", "need", "needed", "wanna", "please", "pls", "plz", "asap", "quiero", "queria", "necesito", "porfa", "favor",
    };

    // "Again the same thing!", "¡Otra vez lo mismo!", "Still nothing!": repetition is how a customer complains, never enthusiasm.
    private static readonly HashSet<string> RepetitionWords = new(StringComparer.Ordinal)
    {
        "again", "same", "still", "yet", "anymore", "otra", "mismo", "misma", "nuevo", "sigue", "sigo", "seguimos", "todavia", "aun",
    };

    private static readonly HashSet<string> IronyMarkers = new(StringComparer.Ordinal) { "👏", "🙄", "🙃", "😒", "🤡" };

    /// <summary>Scores the sentence at <paramref name="start"/> of <paramref name="length"/> in <paramref name="text"/>.</summary>
    public static ScoredSentence Score(string text, int start, int length, SentimentLexicon lexicon)
    {
        var tokens = SentimentTokenizer.Tokenize(text, start, start + length, lexicon.Emoticons);
        var clauses = new int[tokens.Count];
        var units = new List<ScoredUnit>();
        int position = 0, clause = 0, exclamations = 0, questions = 0, words = 0, capsWords = 0;
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            clauses[i] = clause;
            if (token.Kind == TokenKind.Punctuation)
            {
                exclamations += token.Text == "!" ? 1 : 0;
                questions += token.Text == "?" ? 1 : 0;
                clause += token.Text is "," or ";" or ":" or "(" or ")" ? 1 : 0;
                i++;
                continue;
            }

            if (token.Kind == TokenKind.Word)
            {
                words++;
                capsWords += token.IsAllCaps ? 1 : 0;
            }

            var match = lexicon.Match(tokens, i);
            var kind = match?.Entry.Kind ?? (token.Kind == TokenKind.Word && lexicon.IsNegator(token.Text) ? TermKind.Negator : (TermKind?)null);
            var count = match?.TokenCount ?? 1;
            if (kind is { } found)
            {
                units.Add(new ScoredUnit
                {
                    Token = i,
                    TokenCount = count,
                    Position = position,
                    Clause = clause,
                    Kind = found,
                    Value = match?.Entry.Value ?? 0,
                    NegatedValue = match?.Entry.NegatedValue,
                    IsAllCaps = token.IsAllCaps,
                });
                clause += found == TermKind.Contrast ? 1 : 0;
            }

            for (var k = 1; k < count; k++)
            {
                clauses[i + k] = clauses[i];
            }

            position += count;
            i += count;
        }

        var shouting = words >= 2 && capsWords == words;
        double sum = 0, positive = 0, negative = 0;
        var contrast = units.FindLastIndex(u => u.Kind == TermKind.Contrast);
        for (var index = 0; index < units.Count; index++)
        {
            var unit = units[index];
            if (unit.Kind is not (TermKind.Valence or TermKind.NegatedValence))
            {
                continue;
            }

            var immune = lexicon.IsNegator(tokens[unit.Token].Text) || tokens[unit.Token].Kind == TokenKind.Emoji || IsBeyondComparison(units, index, tokens);
            var valence = Valence(units, index, !shouting, immune);
            valence *= contrast < 0 ? 1 : ContrastWeight(units, contrast, index);
            unit.Valence = valence;
            sum += valence;
            positive += Math.Max(valence, 0);
            negative += Math.Max(-valence, 0);
        }

        sum += Sarcasm(units, tokens, clauses);
        if (positive == 0 && negative == 0 && (shouting || questions >= AngryQuestionMarks) && !units.Exists(u => u.Kind is TermKind.Valence))
        {
            // "WHERE IS MY ORDER", "¿¿y mi pedido???": shouting or a pile of question marks is an angry customer.
            sum = AngryValence;
            negative = -AngryValence;
        }
        else if (positive == 0 && negative == 0 && questions == 0 && HasOpenNegation(units, tokens, clauses))
        {
            // "doesn't fit my ear", "no me cabe": a negated verb with no feeling word is usually a complaint.
            sum = OpenNegationValence;
            negative = -OpenNegationValence;
        }

        else if (IsEnthusiasm(units, tokens, lexicon, exclamations, questions, words, shouting))
        {
            // "Will order from them again!": in a review, an exclamation without a feeling word is enthusiasm.
            sum = EnthusiasmValence;
            positive = EnthusiasmValence;
        }

        if (questions > 0 && exclamations == 0 && positive > 0)
        {
            // A question rarely praises ("¿es buena la batería?", "do you accept PayPal?"); a complaint asked as a
            // question still complains ("¿por qué me cobráis dos veces?").
            sum -= positive * (1 - QuestionPraiseWeight);
            positive *= QuestionPraiseWeight;
        }

        if (sum != 0)
        {
            var emphasis = Math.Min(exclamations, 4) * ExclamationBoost
                + (questions > 1 ? Math.Min(questions, 3) * QuestionBoost : 0)
                + (shouting ? ShoutBoost : 0);
            sum += Math.Sign(sum) * emphasis;
        }

        var opinions = AspectFinder.Find(text, tokens, clauses, units, lexicon);
        var startsWithContrast = units.Count > 0 && units[0].Kind == TermKind.Contrast && units[0].Position == 0 && units[0].Value == 0;
        var irony = tokens.Exists(t => t.Kind == TokenKind.Emoji && IronyMarkers.Contains(t.Text));
        return new ScoredSentence(sum, positive, negative, startsWithContrast, words, irony, opinions);
    }

    /// <summary>An exclamation of four words or more with no feeling word, negation, question or capitals, that names
    /// no delivery, billing, return or support matter (there, "I got the wrong size!" is a complaint) and asks for nothing
    /// ("I want to speak to a person!") and repeats nothing ("Again the same thing!").</summary>
    private static bool IsEnthusiasm(
        List<ScoredUnit> units, List<TextToken> tokens, SentimentLexicon lexicon, int exclamations, int questions, int words, bool shouting)
    {
        if (exclamations == 0 || questions > 0 || shouting || words < EnthusiasmWords
            || units.Exists(u => u.Kind is TermKind.Valence or TermKind.NegatedValence or TermKind.Negator))
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word
                && (RequestWords.Contains(tokens[i].Text) || RepetitionWords.Contains(tokens[i].Text)
                    || lexicon.MatchAspect(tokens, i) is { Entry.Aspect: not ServiceAspect.Product }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A negator followed by a word in its clause ("doesn't fit my ear"; not "No, thanks"), and no
    /// feeling word anywhere in the sentence.</summary>
    private static bool HasOpenNegation(List<ScoredUnit> units, List<TextToken> tokens, int[] clauses) =>
        !units.Exists(u => u.Kind is TermKind.Valence or TermKind.NegatedValence)
        && units.Exists(u => u.Kind == TermKind.Negator && FollowedByWord(u, tokens, clauses));

    private static bool FollowedByWord(ScoredUnit unit, List<TextToken> tokens, int[] clauses)
    {
        for (var k = unit.Token + unit.TokenCount; k < tokens.Count && clauses[k] == unit.Clause; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Genial, otra semana esperando", "great, another delay": a lone praise word opening a complaint is
    /// sarcastic. Turns it negative and returns the change to the sum.</summary>
    private static double Sarcasm(List<ScoredUnit> units, List<TextToken> tokens, int[] clauses)
    {
        var opening = units.FindAll(u => u.Clause == 0 && u.Valence != 0);
        if (opening.Count != 1 || opening[0].Valence <= 0 || clauses.Length == 0 || clauses[^1] == 0)
        {
            return 0;
        }

        var openingWords = 0;
        for (var i = 0; i < tokens.Count && clauses[i] == 0; i++)
        {
            openingWords += tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }

        var rest = units.Where(u => u.Clause > 0).Sum(u => u.Valence);
        if (openingWords > 2 || rest >= 0)
        {
            return 0;
        }

        var before = opening[0].Valence;
        opening[0].Valence = -0.5 * before;
        return opening[0].Valence - before;
    }

    /// <summary>"Couldn't be happier", "could not have been easier", "couldn't be worse": a comparative ("-er" or
    /// "more ...") after "can't"/"couldn't" (or "can"/"could" + "not") and "be"/"been" is the extreme, not the opposite.</summary>
    private static bool IsBeyondComparison(List<ScoredUnit> units, int index, List<TextToken> tokens)
    {
        var unit = units[index];
        var word = tokens[unit.Token].Text;
        var comparative = word.EndsWith("er", StringComparison.Ordinal) || word == "worse" || (unit.Token > 0 && tokens[unit.Token - 1].Text == "more");
        if (!comparative)
        {
            return false;
        }

        var negator = units.FindLastIndex(index, u => u.Kind == TermKind.Negator);
        if (negator < 0 || units[negator].Clause != unit.Clause || unit.Position - units[negator].Position > Window + 1)
        {
            return false;
        }

        var at = units[negator].Token;
        var modal = tokens[at].Text is "couldn't" or "couldnt" or "can't" or "cant" or "cannot"
            || (tokens[at].Text == "not" && at > 0 && tokens[at - 1].Text is "could" or "can");
        var copula = false;
        for (var k = at + 1; k < unit.Token && !copula; k++)
        {
            copula = tokens[k].Text is "be" or "been";
        }

        return modal && copula;
    }

    /// <param name="units">The sentence's terms.</param>
    /// <param name="index">The term to score.</param>
    /// <param name="capsCount">Whether capitals add emphasis (not when the whole sentence is in capitals).</param>
    /// <param name="immune">Not negated again: an emoji, or a term that carries its own negation ("nada mal", "not bad").</param>
    private static double Valence(List<ScoredUnit> units, int index, bool capsCount, bool immune)
    {
        var unit = units[index];
        var negated = false;
        var boost = 0.0;
        for (var j = index - 1; j >= 0; j--)
        {
            var before = units[j];
            var distance = unit.Position - (before.Position + before.TokenCount - 1);
            if (before.Clause != unit.Clause || distance > Window)
            {
                break;
            }

            if (before.Kind == TermKind.Negator && !immune)
            {
                negated = true;
            }
            else if (before.Kind == TermKind.Booster)
            {
                boost += before.Value * (distance <= 1 ? 1 : distance == 2 ? 0.95 : 0.9);
            }
        }

        unit.IsNegated = negated;
        if (unit.Kind == TermKind.NegatedValence)
        {
            return negated ? unit.Value + Math.Sign(unit.Value) * Math.Max(boost, 0) : 0;
        }

        if (negated && unit.NegatedValue is { } whenNegated)
        {
            return whenNegated + (Math.Sign(whenNegated) * Math.Max(boost, 0));
        }

        var valence = unit.Value;
        var sign = Math.Sign(valence);
        valence = sign * Math.Max(Math.Abs(valence) + boost, 0.2 * Math.Abs(valence));
        if (capsCount && unit.IsAllCaps)
        {
            valence += sign * CapsBoost;
        }

        return negated ? valence * NegationFactor : valence;
    }

    private static double ContrastWeight(List<ScoredUnit> units, int contrast, int index)
    {
        var pivot = units[contrast];
        var unit = units[index];
        // "Aunque llegó tarde, el producto es genial": an opening concession weighs less than what follows it.
        if (pivot.Value > 0 && pivot.Position == 0)
        {
            return unit.Clause == pivot.Clause + 1 ? BeforeContrastWeight : AfterContrastWeight;
        }

        return index < contrast ? BeforeContrastWeight : AfterContrastWeight;
    }
}
