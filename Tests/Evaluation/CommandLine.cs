namespace SupportBot.Evaluation;

/// <summary>The evaluation tool's arguments: a verb, then <c>--name value</c> options and <c>--flag</c> switches.</summary>
/// <param name="Verb">The first argument.</param>
/// <param name="Values">The options given, by name (with the dashes).</param>
/// <param name="Flags">The switches given (with the dashes).</param>
public sealed record CommandLine(string Verb, IReadOnlyDictionary<string, string> Values, IReadOnlySet<string> Flags)
{
    /// <summary>Reads <paramref name="args"/> after the verb, accepting only <paramref name="options"/> and <paramref name="flags"/>.</summary>
    /// <exception cref="EvaluationException">An unknown option, or an option without its value.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags, string usage)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (flags.Contains(args[i]))
            {
                given.Add(args[i]);
            }
            else if (!options.Contains(args[i]))
            {
                throw new EvaluationException($"unknown option {args[i]}. {usage}");
            }
            else
            {
                values[args[i]] = i + 1 < args.Count ? args[++i] : throw new EvaluationException($"{args[i]} needs a value. {usage}");
            }
        }

        return new CommandLine(args.Count > 0 ? args[0] : string.Empty, values, given);
    }

    /// <summary>The value of <paramref name="option"/>, which must be given.</summary>
    /// <exception cref="EvaluationException">The option is missing.</exception>
    public string Required(string option, string usage)
        => Values.TryGetValue(option, out var value) ? value : throw new EvaluationException($"{option} is required. {usage}");

    /// <summary>The value of <paramref name="option"/>, or <paramref name="fallback"/>.</summary>
    public string Optional(string option, string fallback) => Values.GetValueOrDefault(option, fallback);

    /// <summary>Whether the switch <paramref name="flag"/> was given.</summary>
    public bool Has(string flag) => Flags.Contains(flag);
}
