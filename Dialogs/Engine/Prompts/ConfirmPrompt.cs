using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>Yes or no, in Spanish or English ("sí", "vale", "yes", "nope", ...).</summary>
public sealed class ConfirmPrompt(string id = ConfirmPrompt.DefaultId) : Prompt<bool>(id, validator: null)
{
    /// <summary>Id of the default instance.</summary>
    public const string DefaultId = "prompt.confirm";

    private static readonly IReadOnlyList<Choice> YesNo =
    [
        new("yes", Texts.Localize(t => t.Yes), []),
        new("no", Texts.Localize(t => t.No), []),
    ];

    /// <inheritdoc />
    protected override IReadOnlyList<Choice> DefaultChoices => YesNo;

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => Texts.Localize(t => t.PromptConfirmRetry);

    /// <inheritdoc />
    protected override Recognition<bool> Recognize(string text, PromptOptions options) => ConfirmRecognizer.Recognize(text);
}
