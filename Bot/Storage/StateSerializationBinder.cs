using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SupportBot.Bot.Storage;

/// <summary>Maps persisted types to and from their stable names in a <see cref="StateTypeRegistry"/>, refusing
/// every other type in both directions.</summary>
/// <param name="registry">The allow-list.</param>
public sealed class StateSerializationBinder(StateTypeRegistry registry) : ISerializationBinder
{
    private readonly StateTypeRegistry _registry = registry ?? throw new ArgumentNullException(nameof(registry));

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The name is not registered (or carries an assembly name).</exception>
    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is null && _registry.TryGetType(typeName, out var type))
        {
            return type;
        }

        var shown = assemblyName is null ? typeName : $"{typeName}, {assemblyName}";
        throw new JsonSerializationException($"Type '{shown}' is not allowed in stored state");
    }

    /// <inheritdoc />
    /// <exception cref="JsonSerializationException">The type is not registered.</exception>
    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        if (!_registry.TryGetName(serializedType, out var name))
        {
            throw new JsonSerializationException(
                $"Type '{serializedType.FullName}' is not allowed in stored state; register it with a stable name in {nameof(StateTypeRegistry)}");
        }

        assemblyName = null;
        typeName = name;
    }
}
