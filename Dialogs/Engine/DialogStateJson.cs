using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace SupportBot.Dialogs.Engine;

/// <summary>The one serializer for a dialog's typed frame state. No type names are written or read, so a
/// stored frame can never instantiate anything but the type its dialog asks for.</summary>
public static class DialogStateJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 32,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        Converters = { new StringEnumConverter() },
    };

    /// <summary>Serialises a frame state.</summary>
    public static string Serialize<T>(T value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Reads a frame state; null or empty JSON gives null.</summary>
    public static T? Deserialize<T>(string? json)
        where T : class
        => string.IsNullOrEmpty(json) ? null : JsonConvert.DeserializeObject<T>(json, Settings);
}
