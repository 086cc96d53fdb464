using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>Asks for the email or postal code on an order; the answer is an <see cref="OrderIdentityAnswer"/>: the proof,
/// or a different order number the customer typed instead.</summary>
public sealed class OrderProofPrompt() : Prompt<OrderIdentityAnswer>(DefaultId, validator: null)
{
    /// <summary>Stable id.</summary>
    public const string DefaultId = "prompt.orderProof";

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => OrderTexts.Localize(t => t.ProofRetry);

    /// <inheritdoc />
    protected override Recognition<OrderIdentityAnswer> Recognize(string text, PromptOptions options) => OrderProofRecognizer.RecognizeAnswer(text);
}
