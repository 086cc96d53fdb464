using System.Globalization;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>A whole number in a range, 0–10 by default (NPS): digits, words in either language, "8/10".</summary>
public sealed class NumberPrompt : Prompt<int>
{
    /// <summary>Id of the default 0–10 instance.</summary>
    public const string DefaultId = "prompt.number";

    private readonly int _min;
    private readonly int _max;
    private readonly IReadOnlyList<Choice> _buttons;

    /// <summary>Creates a prompt for a number between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public NumberPrompt(string id = DefaultId, int min = 0, int max = 10, PromptValidator<int>? validator = null)
        : base(id, validator)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
        _min = min;
        _max = max;
        _buttons = max - min <= 10
            ? Enumerable.Range(min, max - min + 1)
                .Select(n => n.ToString(CultureInfo.InvariantCulture))
                .Select(n => new Choice(n, new LocalizedText(n, n), []))
                .ToList()
            : [];
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Choice> DefaultChoices => _buttons;

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => new(
        Texts.Spanish.PromptNumberRetry(_min, _max),
        Texts.English.PromptNumberRetry(_min, _max));

    /// <inheritdoc />
    protected override Recognition<int> Recognize(string text, PromptOptions options) => NumberRecognizer.Recognize(text, _min, _max);
}
