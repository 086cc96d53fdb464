using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>Asks for an order number; the answer is an <see cref="OrderIdentityAnswer"/>: the number (with the proof when
/// it came along), or <see cref="OrderIdentityAnswer.NumberUnknown"/> when the customer says they do not have it.</summary>
public sealed class OrderNumberPrompt() : Prompt<OrderIdentityAnswer>(DefaultId, validator: null)
{
    /// <summary>Stable id.</summary>
    public const string DefaultId = "prompt.orderNumber";

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => OrderTexts.Localize(t => t.OrderNumberRetry);

    /// <inheritdoc />
    protected override Recognition<OrderIdentityAnswer> Recognize(string text, PromptOptions options) => OrderNumberRecognizer.RecognizeAnswer(text);
}
