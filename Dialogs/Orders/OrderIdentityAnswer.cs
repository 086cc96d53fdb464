namespace SupportBot.Dialogs.Orders;

/// <summary>What the order number and proof prompts recognised in one answer (for one turn; never persisted).</summary>
/// <param name="OrderNumber">An order number: the one asked for, or, at the proof question, a different order to check.</param>
/// <param name="Proof">The email or postal code, when the answer held one (at the number question: given with the number).</param>
public sealed record OrderIdentityAnswer(string? OrderNumber, string? Proof)
{
    /// <summary>The customer says they do not have the order number ("no lo tengo", "can you look it up by my email?").</summary>
    public static OrderIdentityAnswer NumberUnknown { get; } = new(null, null);

    /// <summary>Whether this is <see cref="NumberUnknown"/>.</summary>
    public bool IsNumberUnknown => OrderNumber is null && Proof is null;
}
