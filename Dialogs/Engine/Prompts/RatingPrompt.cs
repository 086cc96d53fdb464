using System.Globalization;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>A 1–5 rating: "4", "cuatro", "4/5", "★★★★", "😀", "muy satisfecho", "not great".</summary>
public sealed class RatingPrompt(string id = RatingPrompt.DefaultId, PromptValidator<int>? validator = null)
    : Prompt<int>(id, validator)
{
    /// <summary>Id of the default instance.</summary>
    public const string DefaultId = "prompt.rating";

    private static readonly IReadOnlyList<Choice> OneToFive = Enumerable.Range(1, 5)
        .Select(n => n.ToString(CultureInfo.InvariantCulture))
        .Select(n => new Choice(n, new LocalizedText(n, n), []))
        .ToList();

    /// <inheritdoc />
    protected override IReadOnlyList<Choice> DefaultChoices => OneToFive;

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => Texts.Localize(t => t.PromptRatingRetry);

    /// <inheritdoc />
    protected override Recognition<int> Recognize(string text, PromptOptions options) => RatingRecognizer.Recognize(text);
}
