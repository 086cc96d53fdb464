using System.Collections.Frozen;

namespace SupportBot.Dialogs.AfterSale;

/// <summary>The stable snake_case names of <see cref="CustomerIntent"/> used in data files, logs and state
/// (<c>order_status</c>, <c>return</c>, ...). Renaming an enum member must not change them.</summary>
public static class IntentNames
{
    private static readonly FrozenDictionary<CustomerIntent, string> Names = new Dictionary<CustomerIntent, string>
    {
        [CustomerIntent.OrderStatus] = "order_status",
        [CustomerIntent.Return] = "return",
        [CustomerIntent.Warranty] = "warranty",
        [CustomerIntent.Invoice] = "invoice",
        [CustomerIntent.Faq] = "faq",
        [CustomerIntent.Feedback] = "feedback",
        [CustomerIntent.Human] = "human",
        [CustomerIntent.Cancel] = "cancel",
        [CustomerIntent.None] = "none",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, CustomerIntent> Intents =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every intent, in the order reports list them.</summary>
    public static IReadOnlyList<CustomerIntent> All { get; } =
    [
        CustomerIntent.OrderStatus, CustomerIntent.Return, CustomerIntent.Warranty, CustomerIntent.Invoice, CustomerIntent.Faq,
        CustomerIntent.Feedback, CustomerIntent.Human, CustomerIntent.Cancel, CustomerIntent.None,
    ];

    /// <summary>The stable name of <paramref name="intent"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined intent.</exception>
    public static string ToName(CustomerIntent intent)
        => Names.TryGetValue(intent, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(intent), intent, null);

    /// <summary>The intent called <paramref name="name"/> (exact stable name, surrounding spaces ignored).</summary>
    /// <returns>False when <paramref name="name"/> is not one of the stable names.</returns>
    public static bool TryParse(string? name, out CustomerIntent intent)
        => Intents.TryGetValue(name?.Trim() ?? string.Empty, out intent);
}
