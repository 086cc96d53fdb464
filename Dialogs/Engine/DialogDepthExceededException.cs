namespace SupportBot.Dialogs.Engine;

/// <summary>Thrown when beginning a dialog would exceed the configured maximum stack depth.</summary>
public sealed class DialogDepthExceededException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public DialogDepthExceededException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DialogDepthExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public DialogDepthExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
