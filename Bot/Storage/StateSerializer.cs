using System.Globalization;
using Newtonsoft.Json;

namespace SupportBot.Bot.Storage;

/// <summary>The JSON form of persisted bot state: every object carries the stable name of its type
/// (<c>"$type"</c>) from a <see cref="StateTypeRegistry"/>, and only registered types are written or read.</summary>
/// <remarks>Values that are already a <c>JObject</c> are written as they are, and read back as a <c>JObject</c>
/// unless they carry a registered <c>"$type"</c>. Arrays and primitives carry no type: at an <see cref="object"/>
/// slot they come back as <c>JArray</c>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/> or
/// <see cref="DateTimeOffset"/>, which is why persisted state should be registered classes.</remarks>
public sealed class StateSerializer
{
    private readonly JsonSerializer _serializer;

    /// <summary>Creates a serializer that allows the types in <paramref name="registry"/>.</summary>
    public StateSerializer(StateTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Objects,
            SerializationBinder = new StateSerializationBinder(registry),
            MaxDepth = 64,
            DateParseHandling = DateParseHandling.DateTimeOffset,
            NullValueHandling = NullValueHandling.Include,
            // Collections initialised by a constructor must be replaced by the stored ones, not appended to.
            ObjectCreationHandling = ObjectCreationHandling.Replace,
            CheckAdditionalContent = true,
        });
    }

    /// <summary>Writes <paramref name="value"/> as JSON.</summary>
    /// <exception cref="JsonSerializationException">The value contains an object of a type that is not registered.</exception>
    public string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        _serializer.Serialize(writer, value, typeof(object));
        return writer.ToString();
    }

    /// <summary>Reads JSON written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The JSON is invalid, deeper than 64 levels, <c>null</c>, or names a type that
    /// is not registered.</exception>
    public object Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var reader = new JsonTextReader(new StringReader(json));
        return _serializer.Deserialize<object>(reader)
            ?? throw new JsonSerializationException("Stored state is null.");
    }
}
