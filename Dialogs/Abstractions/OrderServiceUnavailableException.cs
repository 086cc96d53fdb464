namespace SupportBot.Dialogs.Abstractions;

/// <summary>Thrown by an <see cref="IOrderService"/> when the shop's order system cannot answer right now (down, timing
/// out, refusing the bot's credentials). Dialogs apologise and offer a person; it never counts as a failed identity check.</summary>
public sealed class OrderServiceUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OrderServiceUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public OrderServiceUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public OrderServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
