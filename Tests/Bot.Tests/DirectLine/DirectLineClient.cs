using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>A Direct Line 3.0 client over real HTTP, doing what botframework-directlinejs does: generate a token,
/// start the conversation, post activities with a clientActivityID, poll with the watermark or read the stream.</summary>
public sealed class DirectLineClient : IDisposable
{
    private readonly HttpClient _http;
    private int _sequence;

    public DirectLineClient(BotHost host)
    {
        Host = host;
        _http = new HttpClient { BaseAddress = new Uri(host.BaseAddress, "/v3/directline/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public BotHost Host { get; }

    public string? ConversationId { get; set; }

    public string? Token { get; set; }

    public string? StreamUrl { get; private set; }

    public string? Watermark { get; set; }

    public string? UserId { get; private set; }

    /// <summary>Every activity read so far (polling), in order; updates appear again with their new version.</summary>
    public List<JObject> Received { get; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string? bearer = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if ((bearer ?? Token) is { } credential)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return await _http.SendAsync(request);
    }

    public static async Task<JObject> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JObject.Parse(text);
    }

    /// <summary>POST tokens/generate (anonymous unless <paramref name="secret"/>), keeping the token.</summary>
    public async Task<JObject> GenerateAsync(string? body = null, string? secret = null)
    {
        Token = null;
        using var response = await SendAsync(HttpMethod.Post, "tokens/generate", body ?? string.Empty, secret);
        var json = await JsonAsync(response);
        Token = (string)json["token"]!;
        ConversationId = (string)json["conversationId"]!;
        return json;
    }

    /// <summary>POST conversations with the token: the bot greets.</summary>
    public async Task<JObject> StartAsync(HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await SendAsync(HttpMethod.Post, "conversations");
        var json = await JsonAsync(response, expected);
        ConversationId = (string)json["conversationId"]!;
        Token = (string)json["token"]!;
        StreamUrl = (string)json["streamUrl"]!;
        return json;
    }

    /// <summary>Generates a token and starts the conversation, as Web Chat's page does.</summary>
    public async Task ConnectAsync(string? generateBody = null)
    {
        var generated = await GenerateAsync(generateBody);
        UserId = UserOf((string)generated["token"]!);
        await StartAsync();
    }

    /// <summary>Posts a message the way Web Chat does; returns the clientActivityID and the server's id.</summary>
    public async Task<(string ClientActivityId, string Id)> SayAsync(string text, string? locale = "es-ES")
    {
        var clientActivityId = "client-" + Interlocked.Increment(ref _sequence);
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["from"] = new JObject { ["id"] = UserId ?? "someone", ["name"] = "Customer", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
        };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        var id = await PostAsync(activity);
        return (clientActivityId, id);
    }

    public async Task<string> PostAsync(JObject activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", activity.ToString());
        var json = await JsonAsync(response);
        return (string)json["id"]!;
    }

    /// <summary>One poll: GET activities after the current watermark; appends to <see cref="Received"/>.</summary>
    public async Task<IReadOnlyList<JObject>> PollAsync()
    {
        var query = Watermark is null ? string.Empty : "?watermark=" + Uri.EscapeDataString(Watermark);
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities{query}");
        var json = await JsonAsync(response);
        var activities = json["activities"]!.Cast<JObject>().ToList();
        Watermark = (string?)json["watermark"];
        Received.AddRange(activities);
        return activities;
    }

    /// <summary>Polls until an activity matches, or fails after 15 s.</summary>
    public async Task<JObject> PollUntilAsync(Func<JObject, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = Received.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No {what} arrived. Received: " + string.Join(" | ", Received.Select(a => $"{a["type"]}:{a["from"]?["id"]}:{a["text"]}")));
            }

            if ((await PollAsync()).Count == 0)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Bot messages received so far (polling), texts in order.</summary>
    public IReadOnlyList<string> BotTexts()
        => Received.Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot").Select(a => (string?)a["text"] ?? string.Empty).ToList();

    /// <summary>Opens <see cref="StreamUrl"/> (or <paramref name="url"/>) as a WebSocket.</summary>
    public async Task<StreamConnection> OpenStreamAsync(string? url = null)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(url ?? StreamUrl!), timeout.Token);
        return new StreamConnection(socket);
    }

    /// <summary>The user id Web Chat would read from the token (its "user" claim).</summary>
    public static string UserOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - (payload.Length % 4)) % 4);
        return (string)JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)))["user"]!;
    }

    public static bool IsBotMessage(JObject activity, string? startsWith = null)
        => (string?)activity["type"] == "message" && (string?)activity["from"]?["role"] == "bot"
           && (startsWith is null || ((string?)activity["text"] ?? string.Empty).StartsWith(startsWith, StringComparison.Ordinal));

    public void Dispose() => _http.Dispose();
}
