using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SupportBot.LoadTest;

/// <summary>Posts channel-shaped activities to a bot's <c>/api/messages</c> with <c>"deliveryMode":"expectReplies"</c>
/// (the replies come back in the response) and times each turn from the first byte sent to the last byte read.</summary>
public sealed class BotClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _messages;

    public BotClient(Uri bot, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(bot);
        _messages = new Uri(bot, "api/messages");

        // One connection per concurrent conversation, kept alive, as a channel's connector pool would.
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = timeout,
        };
    }

    public Uri Bot => new(_messages, "/");

    /// <summary>Sends one message and checks that one of the expected texts is among the replies.</summary>
    public async Task<TurnOutcome> SayAsync(
        string conversationId, string userId, string locale, ScriptedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        using var content = new ByteArrayContent(Activity(conversationId, userId, locale, turn.Text));
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.PostAsync(_messages, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var latency = Stopwatch.GetElapsedTime(started);
            if (!response.IsSuccessStatusCode)
            {
                return new(latency, $"HTTP {(int)response.StatusCode}", Shorten(System.Text.Encoding.UTF8.GetString(body)));
            }

            var replies = ReplyTexts(body);
            return replies.Exists(r => turn.Expected.Contains(r))
                ? new(latency, null, null)
                : new(latency, "unexpected reply", $"'{turn.Text}' got [{Shorten(string.Join(" | ", replies))}]");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(Stopwatch.GetElapsedTime(started), "timeout", $"no response within {_http.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new(Stopwatch.GetElapsedTime(started), "connection", e.Message);
        }
        catch (JsonException e)
        {
            return new(Stopwatch.GetElapsedTime(started), "malformed response", e.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    private static byte[] Activity(string conversationId, string userId, string locale, string text)
    {
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("channelId", "webchat");
            json.WriteString("serviceUrl", "http://127.0.0.1:9/");
            json.WriteString("locale", locale);
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "supportbot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The texts of the message activities in an <c>ExpectedReplies</c> body.</summary>
    private static List<string> ReplyTexts(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var texts = new List<string>();
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("activities", out var activities)
            && activities.ValueKind == JsonValueKind.Array)
        {
            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.TryGetProperty("type", out var type) && type.ValueEquals("message")
                    && activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    texts.Add(text.GetString()!);
                }
            }
        }

        return texts;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
