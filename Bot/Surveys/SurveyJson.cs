using System.Text.Json;
using System.Text.Json.Serialization;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Surveys;

/// <summary>How survey records are written to storage: plain JSON, enums by name, no computed properties.</summary>
internal static class SurveyJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 32,
    };

    public static string Serialize(SurveyRecord record) => JsonSerializer.Serialize(record, Options);

    public static SurveyRecord Deserialize(string json)
        => JsonSerializer.Deserialize<SurveyRecord>(json, Options) ?? throw new JsonException("A stored survey record is empty.");
}
