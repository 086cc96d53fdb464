namespace SupportBot.Dialogs.Engine;

/// <summary>What a finished dialog hands to its parent: a typed value, or nothing (cancelled, no valid answer).
/// Lives for one turn only; it is never persisted.</summary>
public sealed class DialogOutcome
{
    private readonly object? _value;

    private DialogOutcome(bool hasValue, object? value)
    {
        HasValue = hasValue;
        _value = value;
    }

    /// <summary>An outcome without a value.</summary>
    public static DialogOutcome None { get; } = new(false, null);

    /// <summary>Whether the dialog produced a value.</summary>
    public bool HasValue { get; }

    /// <summary>An outcome carrying <paramref name="value"/>.</summary>
    public static DialogOutcome Of<T>(T value) => new(true, value);

    /// <summary>Gets the value when there is one of type <typeparamref name="T"/>.</summary>
    public bool TryGetValue<T>(out T value)
    {
        if (HasValue && _value is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
