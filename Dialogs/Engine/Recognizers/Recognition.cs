namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>The outcome of recognising a typed value in a customer's message.</summary>
/// <typeparam name="T">The recognised value's type.</typeparam>
/// <param name="Succeeded">Whether a value was recognised.</param>
/// <param name="Value">The value; meaningful only when <paramref name="Succeeded"/> is true.</param>
public readonly record struct Recognition<T>(bool Succeeded, T Value)
{
    /// <summary>A successful recognition of <paramref name="value"/>.</summary>
    public static Recognition<T> Of(T value) => new(true, value);

    /// <summary>Nothing recognised.</summary>
    public static Recognition<T> None => new(false, default!);
}
