using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Orders;

/// <summary>Asks for an order number; the answer is its digits.</summary>
public sealed class OrderNumberPrompt() : Prompt<string>(DefaultId, validator: null)
{
    /// <summary>Stable id.</summary>
    public const string DefaultId = "prompt.orderNumber";

    /// <inheritdoc />
    protected override LocalizedText DefaultRetry => OrderTexts.Localize(t => t.OrderNumberRetry);

    /// <inheritdoc />
    protected override Recognition<string> Recognize(string text, PromptOptions options) => OrderNumberRecognizer.Recognize(text);
}
