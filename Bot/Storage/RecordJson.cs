using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Bot.Storage;

/// <summary>How durable records (survey records, escalations, chat lines) are written to storage: plain JSON, enums by
/// name, no computed properties.</summary>
internal static class RecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 32,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is empty.");
}
