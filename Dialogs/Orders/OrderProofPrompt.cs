using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>Asks for the email or postal code on an order; the answer is the one found in the message.</summary>
public sealed class OrderProofPrompt() : Prompt<string>(DefaultId, validator: null)
{
    /// <summary>Stable id.</summary>
    public const string DefaultId = "prompt.orderProof";

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => OrderTexts.Localize(t => t.ProofRetry);

    /// <inheritdoc />
    protected override Recognition<string> Recognize(string text, PromptOptions options) => OrderProofRecognizer.Recognize(text);
}
