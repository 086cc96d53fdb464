using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>One of the offered choices, by button, title, synonym or position; the answer is the choice's stable value.</summary>
public sealed class ChoicePrompt(string id = ChoicePrompt.DefaultId, PromptValidator<string>? validator = null)
    : Prompt<string>(id, validator)
{
    /// <summary>Id of the default instance.</summary>
    public const string DefaultId = "prompt.choice";

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => Texts.Localize(t => t.PromptChoiceRetry);

    /// <inheritdoc />
    protected override Recognition<string> Recognize(string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices ?? [];
        var picked = ChoiceRecognizer.Recognize(text, choices);
        return picked.Succeeded ? Recognition<string>.Of(choices[picked.Value].Value) : Recognition<string>.None;
    }
}
