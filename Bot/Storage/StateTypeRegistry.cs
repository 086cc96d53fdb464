using System.Diagnostics.CodeAnalysis;

namespace SupportBot.Bot.Storage;

/// <summary>The allow-list of types that may be persisted in bot state, each under a stable name.</summary>
/// <remarks>The name, not the CLR type name, is what goes into the stored JSON (<c>"$type"</c>), so a class can be
/// renamed or moved without orphaning stored state; the name itself must never change once state was written with it.
/// <c>Dictionary&lt;string, object&gt;</c>, the root of every <c>BotState</c> entry, is always registered as
/// <see cref="RootDictionaryName"/>. A subclass of a registered type is not implicitly allowed.</remarks>
public sealed class StateTypeRegistry
{
    /// <summary>The stable name of <c>Dictionary&lt;string, object&gt;</c>, the <c>BotState</c> root.</summary>
    public const string RootDictionaryName = "dict";

    private readonly Dictionary<string, Type> _typesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _namesByType = [];

    /// <summary>Creates the allow-list from stable name → type pairs.</summary>
    /// <param name="types">The persisted types. Names must be unique, non-empty, without commas or surrounding
    /// spaces; each type may appear once and must be concrete.</param>
    /// <exception cref="ArgumentException">A name or type is invalid or registered twice.</exception>
    public StateTypeRegistry(IEnumerable<KeyValuePair<string, Type>> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Add(RootDictionaryName, typeof(Dictionary<string, object>));
        foreach (var (name, type) in types)
        {
            if (name == RootDictionaryName && type == typeof(Dictionary<string, object>))
            {
                continue;
            }

            Add(name, type);
        }
    }

    /// <summary>Finds the type registered under <paramref name="name"/>.</summary>
    public bool TryGetType(string name, [NotNullWhen(true)] out Type? type) => _typesByName.TryGetValue(name, out type);

    /// <summary>Finds the stable name of exactly <paramref name="type"/>.</summary>
    public bool TryGetName(Type type, [NotNullWhen(true)] out string? name) => _namesByType.TryGetValue(type, out name);

    private void Add(string name, Type type)
    {
        // Newtonsoft splits "$type" at commas (type, assembly) and trims the parts.
        if (string.IsNullOrWhiteSpace(name) || name.Contains(',', StringComparison.Ordinal) || name.Trim() != name)
        {
            throw new ArgumentException(
                $"State type name '{name}' is invalid: it must be non-empty, without commas or surrounding spaces.",
                nameof(name));
        }

        ArgumentNullException.ThrowIfNull(type);
        if (type.IsAbstract || type.ContainsGenericParameters)
        {
            throw new ArgumentException($"State type '{type.FullName}' must be a concrete, closed type.", nameof(type));
        }

        if (!_typesByName.TryAdd(name, type))
        {
            throw new ArgumentException($"State type name '{name}' is registered twice.", nameof(name));
        }

        if (!_namesByType.TryAdd(type, name))
        {
            throw new ArgumentException(
                $"State type '{type.FullName}' is registered under two names, '{_namesByType[type]}' and '{name}'.",
                nameof(type));
        }
    }
}
