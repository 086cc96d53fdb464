using System.Reflection;

namespace SupportBot.Dialogs.AfterSale;

/// <summary>A naive Bayes model of intents over words, word pairs and character 4-grams, trained once from the
/// hand-written labelled phrasings embedded in this assembly (<c>Dialogs/AfterSale/Training</c>). It covers the wording
/// the cues of <see cref="IntentRecognizer"/> do not list ("deactivate my account", "me da el error E24"); the cues stay
/// in charge where they are sure. Deterministic: the same text always gives the same probabilities.</summary>
internal sealed class IntentModel
{
    private const double Smoothing = 0.5;
    private const string ResourcePrefix = "SupportBot.Dialogs.AfterSale.Training.";

    private static readonly CustomerIntent[] Intents = Enum.GetValues<CustomerIntent>();

    private readonly Dictionary<string, double[]> _logLikelihoods;
    private readonly double[] _unseenLogLikelihoods;

    private IntentModel(Dictionary<string, double[]> logLikelihoods, double[] unseenLogLikelihoods)
    {
        _logLikelihoods = logLikelihoods;
        _unseenLogLikelihoods = unseenLogLikelihoods;
    }

    /// <summary>The model trained on the embedded phrasings.</summary>
    public static IntentModel Default { get; } = Train(EmbeddedRows());

    /// <summary>Trains a model on labelled texts (uniform priors: the mix of the training files says nothing about customers).</summary>
    public static IntentModel Train(IEnumerable<(CustomerIntent Intent, string Text)> rows)
    {
        var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var totals = new double[Intents.Length];
        foreach (var (intent, text) in rows)
        {
            foreach (var feature in Features(text))
            {
                if (!counts.TryGetValue(feature, out var perIntent))
                {
                    counts[feature] = perIntent = new double[Intents.Length];
                }

                perIntent[(int)intent]++;
                totals[(int)intent]++;
            }
        }

        var vocabulary = counts.Count + 1;
        var unseen = totals.Select(t => Math.Log(Smoothing / (t + (Smoothing * vocabulary)))).ToArray();
        var logLikelihoods = counts.ToDictionary(
            c => c.Key,
            c => c.Value.Select((n, i) => Math.Log((n + Smoothing) / (totals[i] + (Smoothing * vocabulary)))).ToArray(),
            StringComparer.Ordinal);
        return new IntentModel(logLikelihoods, unseen);
    }

    /// <summary>The probability of each intent (indexed by its value), softened so that a long message does not
    /// make the model certain; all zero when the message has no known feature.</summary>
    public double[] Probabilities(string? text)
    {
        var sums = new double[Intents.Length];
        var known = 0;
        foreach (var feature in Features(text))
        {
            if (!_logLikelihoods.TryGetValue(feature, out var perIntent))
            {
                continue;
            }

            known++;
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += perIntent[i] - _unseenLogLikelihoods[i];
            }
        }

        if (known == 0)
        {
            return new double[Intents.Length];
        }

        var temperature = Math.Max(1, Math.Sqrt(known));
        var max = sums.Max();
        var exps = sums.Select(s => Math.Exp((s - max) / temperature)).ToArray();
        var total = exps.Sum();
        return exps.Select(e => e / total).ToArray();
    }

    /// <summary>Words, adjacent word pairs and 4-letter pieces of words, over the recognizer's normalized words (a word
    /// a negation reaches keeps its mark, so it is a feature of its own; words with digits are left out).</summary>
    internal static HashSet<string> Features(string? text)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        var words = IntentRecognizer.WordsOf(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Any(char.IsAsciiDigit))
            {
                // Order numbers, dates and amounts say nothing about what the customer wants.
                continue;
            }

            features.Add("w " + word);
            if (i > 0)
            {
                features.Add("b " + words[i - 1] + " " + word);
            }

            if (word[0] == '!')
            {
                continue;
            }

            var padded = " " + word + " ";
            for (var start = 0; start + 4 <= padded.Length; start++)
            {
                features.Add(string.Concat("c ", padded.AsSpan(start, 4)));
            }
        }

        return features;
    }

    private static IEnumerable<(CustomerIntent Intent, string Text)> EmbeddedRows()
    {
        var assembly = typeof(IntentModel).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var row in ReadRows(assembly, name))
            {
                yield return row;
            }
        }
    }

    private static List<(CustomerIntent Intent, string Text)> ReadRows(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded training file {resource} is missing.");
        using var reader = new StreamReader(stream);
        var header = (reader.ReadLine() ?? string.Empty).Split('\t');
        var (intentColumn, textColumn) = (Array.IndexOf(header, "intent"), Array.IndexOf(header, "text"));
        if (intentColumn < 0 || textColumn < 0)
        {
            throw new InvalidOperationException($"Embedded training file {resource} has no 'intent' and 'text' columns.");
        }

        var rows = new List<(CustomerIntent, string)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length > Math.Max(intentColumn, textColumn) && IntentNames.TryParse(fields[intentColumn], out var intent))
            {
                rows.Add((intent, fields[textColumn]));
            }
        }

        return rows;
    }
}
