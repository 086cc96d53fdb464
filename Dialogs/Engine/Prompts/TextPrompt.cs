using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>Free text; anything non-blank is an answer.</summary>
public sealed class TextPrompt(string id = TextPrompt.DefaultId, PromptValidator<string>? validator = null)
    : Prompt<string>(id, validator)
{
    /// <summary>Id of the default instance.</summary>
    public const string DefaultId = "prompt.text";

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => Texts.Localize(t => t.PromptTextRetry);

    /// <inheritdoc />
    protected override Recognition<string> Recognize(string text, PromptOptions options)
        => string.IsNullOrWhiteSpace(text) ? Recognition<string>.None : Recognition<string>.Of(text.Trim());
}
