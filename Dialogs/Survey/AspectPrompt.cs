using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Survey;

/// <summary>Asks which aspects of the experience the feedback is about; one or several in one answer.</summary>
public sealed class AspectPrompt() : Prompt<List<ServiceAspect>>(DefaultId, validator: null)
{
    /// <summary>Stable id.</summary>
    public const string DefaultId = "prompt.aspects";

    private static readonly IReadOnlyList<Choice> Buttons =
        [.. AspectRecognizer.Options.Select(o => o.Choice), new Choice("none", Texts.Localize(t => t.AspectNone), [])];

    /// <inheritdoc />
    protected override IReadOnlyList<Choice> DefaultChoices => Buttons;

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => Texts.Localize(t => t.AspectRetry);

    /// <inheritdoc />
    protected override Recognition<List<ServiceAspect>> Recognize(string text, PromptOptions options) => AspectRecognizer.Recognize(text);
}
