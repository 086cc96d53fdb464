using Newtonsoft.Json;

namespace SupportBot.Bot.Http;

/// <summary>Says what is wrong with a JSON body in words a client can act on: where it broke, never the serializer's own
/// message (it names .NET types and can echo a whole nested path back).</summary>
public static class JsonErrors
{
    /// <summary>A short description of <paramref name="exception"/>, e.g. "malformed JSON at line 1, position 12".</summary>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (line, position) = exception switch
        {
            JsonReaderException r => (r.LineNumber, r.LinePosition),
            JsonSerializationException s => (s.LineNumber, s.LinePosition),
            _ => (0, 0),
        };
        var where = line > 0 ? $" at line {line}, position {position}" : string.Empty;
        if (exception.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            return "the JSON is nested too deeply" + where;
        }

        if (exception.Message.StartsWith("Unexpected end", StringComparison.Ordinal))
        {
            return "the JSON ends before it is complete" + where;
        }

        return exception is JsonSerializationException
            ? "a field has a value of the wrong kind" + where
            : "malformed JSON" + where;
    }
}
