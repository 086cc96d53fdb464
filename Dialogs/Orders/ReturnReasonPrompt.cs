using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>Why a return: one of <see cref="ReturnReasons"/> (by button or words), or the customer's own words, which
/// are taken as they are (the answer is then not a reason code).</summary>
public sealed class ReturnReasonPrompt() : Prompt<string>(DefaultId, validator: null)
{
    /// <summary>Stable id.</summary>
    public const string DefaultId = "prompt.returnReason";

    private const int MinimumOwnWords = 2;

    /// <inheritdoc />
    protected override IReadOnlyList<Choice> DefaultChoices => ReturnReasons.Choices;

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => OrderTexts.Localize(t => t.ReasonRetry);

    /// <inheritdoc />
    protected override Recognition<string> Recognize(string text, PromptOptions options)
    {
        var picked = ChoiceRecognizer.Recognize(text, ReturnReasons.Prepared);
        if (picked.Succeeded)
        {
            return Recognition<string>.Of(ReturnReasons.Choices[picked.Value].Value);
        }

        // A sentence of their own is a reason too; a stray word is asked again.
        var own = text.Trim();
        return own.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumOwnWords
            ? Recognition<string>.Of(own)
            : Recognition<string>.None;
    }
}
