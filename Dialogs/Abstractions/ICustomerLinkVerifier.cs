namespace SupportBot.Dialogs.Abstractions;

/// <summary>Checks the signature a shop puts on a chat link ("rate your order" e-mail, the shop's embed), so a customer id
/// arriving from a browser is believed only when the shop vouched for it.</summary>
public interface ICustomerLinkVerifier
{
    /// <summary>True when <paramref name="signature"/> is the shop's signature of <paramref name="customerId"/> and
    /// <paramref name="orderId"/> (absent order: empty). Always false when no signing key is configured.</summary>
    bool IsSignedByShop(string customerId, string? orderId, string? signature);
}
