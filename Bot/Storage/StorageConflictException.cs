namespace SupportBot.Bot.Storage;

/// <summary>Thrown when a write carries an ETag that no longer matches the stored item: someone else saved it
/// after it was read. The turn should reload the state and try again, or give up.</summary>
/// <remarks>Derives from <see cref="ArgumentException"/> because that is what the SDK's <c>MemoryStorage</c> throws
/// on an ETag conflict, so code written against it keeps catching conflicts. The message names the key, never the
/// stored data.</remarks>
public sealed class StorageConflictException : ArgumentException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public StorageConflictException()
        : base("Stored state was changed by another writer (ETag conflict).")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public StorageConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The storage key whose write was refused, when known.</summary>
    public string? Key { get; private init; }

    /// <summary>Creates the exception for a refused write of <paramref name="key"/>.</summary>
    public static StorageConflictException ForKey(string key) =>
        new($"Stored state '{key}' was changed by another writer since it was read (ETag conflict).") { Key = key };
}
