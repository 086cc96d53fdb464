namespace SupportBot.Dialogs.AfterSale;

/// <summary>State of <see cref="QuestionPlaceholderDialog"/>.</summary>
public sealed class QuestionState
{
    /// <summary>The question, when the customer's message already asked it ("¿dónde está mi pedido?").</summary>
    public string? Question { get; set; }
}
