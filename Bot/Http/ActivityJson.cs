using System.Collections.Concurrent;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Bot.Http;

/// <summary>Reading an activity from a request body (for <c>/api/messages</c> and the embedded Direct Line): bounded
/// depth, strict UTF-8, a reason for every refusal, and text the rest of the bot can rely on.</summary>
public static class ActivityJson
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // A serializer is safe to share once configured; the depth limit is configuration, so one per limit (in practice one).
    private static readonly ConcurrentDictionary<int, JsonSerializer> Serializers = new();

    /// <summary>The activity, or why the body is not one (a 400's detail, without the serializer's own words).</summary>
    public static (Activity? Activity, string? Error) Parse(byte[] body, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(body);
        var serializer = Serializers.GetOrAdd(
            maxDepth, depth => JsonSerializer.Create(new JsonSerializerSettings(HttpHelper.BotMessageSerializerSettings) { MaxDepth = depth }));
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body), StrictUtf8)) { ArrayPool = JsonCharPool.Instance };
            var activity = serializer.Deserialize<Activity>(reader);
            if (activity is null)
            {
                return (null, "The body is not an activity.");
            }

            activity.Text = RepairText(activity.Text);
            return (activity, null);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not a valid activity: {JsonErrors.Describe(e)}.");
        }
        catch (DecoderFallbackException)
        {
            return (null, "The body is not valid UTF-8.");
        }
        catch (Exception e) when (e is NullReferenceException or InvalidCastException or ArgumentException or FormatException or OverflowException)
        {
            // The SDK's own converters of some activity fields fail this way on values of the wrong kind.
            return (null, "The body is not a valid activity: a field has a value of the wrong kind.");
        }
    }

    /// <summary>Text with every lone UTF-16 surrogate and U+FFFE (which JSON's \u escapes can carry, and which .NET's
    /// Unicode normalisation refuses) replaced by U+FFFD.</summary>
    public static string? RepairText(string? text)
    {
        // Re-encoding keeps valid pairs (emoji) and turns lone halves into U+FFFD; most text has neither.
        return text is null || (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !text.Contains('\uFFFE', StringComparison.Ordinal))
            ? text
            : Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Replace('\uFFFE', '\uFFFD');
    }
}
