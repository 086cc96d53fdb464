using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit.Abstractions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Tests.Agents;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Tests.Fuzz;

/// <summary>Hostile input against the real bot over HTTP — /api/messages, every Direct Line route, the agent API, the
/// pages — for a bounded number of seeded cases (<c>SUPPORTBOT_FUZZ_CASES</c>, default 1500; <c>SUPPORTBOT_FUZZ_SEED</c>
/// repeats a run; the seed is in every failure). Never a 5xx; every API error is problem JSON; no script payload comes
/// back as HTML; the bot still holds a normal conversation afterwards; the managed heap grows by less than
/// <see cref="HeapGrowthBoundBytes"/>. It runs alone: the heap is the whole test process's, so other tests must not be
/// running while it is measured.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    /// <summary>Largest growth of the test process's managed heap (after a full collection) over all the cases.</summary>
    public const long HeapGrowthBoundBytes = 256L * 1024 * 1024;

    private const int DefaultCases = 1500;
    private const string AgentToken = "fuzz-agent-token-0123456789abcdef";
    private const string SupervisorToken = "fuzz-super-token-0123456789abcdef";
    private const string Secret = "fuzz-direct-line-secret-0123456789abcdef";

    private static long FullyCollectedHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static readonly string[] ActivityTypes =
        ["message", "conversationUpdate", "event", "invoke", "messageReaction", "typing", "endOfConversation", "installationUpdate", "handoff", "trace", "delay", "", "MESSAGE"];

    private static readonly string[] ChannelIds = ["webchat", "msteams", "directline", "emulator", "test", "slack", "facebook"];

    private static readonly string[] EventNames =
        ["webchat/join", "webchat/language", "signin/verifyState", "composeExtension/query", "adaptiveCard/action", "task/fetch", "actionableMessage/executeAction", "handoff.status"];

    private static readonly string[] ActivityFields =
    [
        "type", "id", "timestamp", "localTimestamp", "localTimezone", "serviceUrl", "channelId", "from", "from.id", "from.name", "from.role",
        "from.aadObjectId", "conversation", "conversation.id", "conversation.isGroup", "conversation.tenantId", "recipient", "recipient.id",
        "text", "textFormat", "locale", "entities", "channelData", "channelData.tenant", "channelData.clientActivityID", "attachments",
        "value", "name", "deliveryMode", "replyToId", "membersAdded", "membersRemoved", "reactionsAdded", "suggestedActions", "speak",
        "inputHint", "attachmentLayout", "action", "valueType", "label", "expiration", "importance", "semanticAction", "callerId",
        "relatesTo", "listenFor", "textHighlights", "summary", "code", "topicName", "historyDisclosed", "__proto__", "$type",
    ];

    private readonly FakeLogCollector _logs = new();
    private BotHost _host = null!;
    private ConnectorServer _connector = null!;
    private DirectLineClient _directLine = null!;
    private string _escalationId = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorServer.StartAsync();
        _host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Agents:Accounts:0:Id"] = "ana",
            ["Agents:Accounts:0:DisplayName"] = "Ana",
            ["Agents:Accounts:0:Token"] = AgentToken,
            ["Agents:Accounts:1:Id"] = "sara",
            ["Agents:Accounts:1:DisplayName"] = "Sara",
            ["Agents:Accounts:1:Token"] = SupervisorToken,
            ["Agents:Accounts:1:Supervisor"] = "true",
            ["DirectLine:Secret"] = Secret,
            // The limits have tests of their own; here they would only hide the routes behind 429s.
            ["DirectLine:TokenRequestsPerMinute"] = "100000",
            ["DirectLine:PostsPerMinute"] = "1000000",
            ["RateLimits:MessagesPerConversationPerMinute"] = "0",
            ["RateLimits:UnsignedMessagesPerClientPerMinute"] = "0",
            ["RateLimits:AgentRequestsPerMinute"] = "0",
        }, services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(_logs))));
        _directLine = new DirectLineClient(_host);
        await _directLine.ConnectAsync();
        _escalationId = (await QueuedDirectly.CreateAsync(_host, EscalationPriority.High, Language.Spanish, EscalationReason.LowCsat)).Id;
    }

    public void Dispose() => _directLine?.Dispose();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task HostileInput_IsNeverA5xx_NorHtml_AndTheBotKeepsWorking_InBoundedMemory()
    {
        var seed = EnvironmentNumber("SUPPORTBOT_FUZZ_SEED") ?? Random.Shared.Next();
        var count = EnvironmentNumber("SUPPORTBOT_FUZZ_CASES") ?? DefaultCases;
        var failures = new ConcurrentQueue<string>();
        var heapBefore = FullyCollectedHeap();
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = _host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (index, _) =>
        {
            var fuzz = Build(new HostileInput(unchecked((seed * 1_000_003) + index)));
            try
            {
                if (await CheckAsync(http, fuzz) is { } problem)
                {
                    failures.Enqueue($"case {index} ({fuzz.Method} {Shorten(fuzz.Path, 120)}; {fuzz.Description}): {problem}");
                }
            }
            catch (HttpRequestException e)
            {
                failures.Enqueue($"case {index} ({fuzz.Method} {Shorten(fuzz.Path, 120)}; {fuzz.Description}): the server dropped the request: {e.Message}");
            }
        });

        foreach (var crash in _logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error && r.Exception is not null)
                     .GroupBy(r => r.Exception!.GetType().FullName + " " + r.Exception.StackTrace?.Split('\n').FirstOrDefault()))
        {
            failures.Enqueue($"{crash.Count()} × logged error '{crash.First().Message}': {Shorten(crash.First().Exception!.ToString(), 1500)}");
        }

        Assert.True(failures.IsEmpty, $"Seed {seed} (set SUPPORTBOT_FUZZ_SEED={seed} to repeat), {count} cases, {failures.Count} failed:\n"
            + string.Join("\n", failures.Take(25)));

        // Still a working bot: a customer on /api/messages, one on Direct Line, an agent.
        var customer = new Customer(_host, "es-ES") { ServiceUrl = _connector.ServiceUrl.ToString() };
        Assert.NotEmpty(await customer.TextsAsync("hola"));
        using var directLine = new DirectLineClient(_host);
        await directLine.ConnectAsync();
        await directLine.PollUntilAsync(a => DirectLineClient.IsBotMessage(a), $"greeting after the hostile input (seed {seed})");
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/agent/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AgentToken);
        using var agent = await _host.Client.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);

        var heapAfter = FullyCollectedHeap();
        var growth = heapAfter - heapBefore;
        output.WriteLine($"Seed {seed}, {count} cases, managed heap after a full collection {heapBefore / (1024 * 1024)} MB before, {heapAfter / (1024 * 1024)} MB after.");
        Assert.True(growth < HeapGrowthBoundBytes, $"Managed heap grew {growth / (1024 * 1024)} MB over {count} hostile cases (seed {seed}); bound {HeapGrowthBoundBytes / (1024 * 1024)} MB.");
    }

    private static async Task<string?> CheckAsync(HttpClient http, FuzzCase fuzz)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path);
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzz.Body);
            if (fuzz.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
            }
        }

        if (fuzz.Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", fuzz.Authorization);
        }

        using var response = await http.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return $"{status}: {Shorten(body, 300)}";
        }

        if (status == 400 && body.Length == 0 && fuzz.Path.Contains("%00", StringComparison.Ordinal))
        {
            // Kestrel itself refuses a NUL in the path, before any middleware runs: nothing of the app is reached.
            return null;
        }

        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || !sniff.Contains("nosniff"))
        {
            return $"{status} without X-Content-Type-Options: nosniff";
        }

        if (fuzz.Api && mediaType == "text/html")
        {
            return $"{status}: an API answered HTML";
        }

        if (mediaType == "text/html" && HostileInput.ScriptPayloads.FirstOrDefault(p => body.Contains(p, StringComparison.OrdinalIgnoreCase)) is { } echoed)
        {
            return $"{status}: the page echoed {echoed} as markup";
        }

        if (fuzz.Api && status >= 400 && mediaType == "application/json" && fuzz.Path == "/api/messages")
        {
            // An invoke's own answer (e.g. the SDK's 400 for a malformed adaptive card action): JSON the channel reads.
            return IsJson(body) ? null : $"{status}: the invoke response is not JSON: {Shorten(body, 200)}";
        }

        if (fuzz.Api && status >= 400)
        {
            if (mediaType != "application/problem+json")
            {
                return $"{status} with {mediaType ?? "no content type"} instead of problem JSON: {Shorten(body, 200)}";
            }

            try
            {
                if (JObject.Parse(body)["status"] is not { Type: JTokenType.Integer } named || (int)named != status)
                {
                    return $"{status}: the problem body names another status: {Shorten(body, 200)}";
                }
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return $"{status}: the problem body is not JSON: {Shorten(body, 200)}";
            }
        }

        return null;
    }

    private FuzzCase Build(HostileInput input) => input.Random.Next(100) switch
    {
        < 40 => Messages(input),
        < 75 => DirectLineCase(input),
        < 95 => Agent(input),
        _ => Page(input),
    };

    private FuzzCase Messages(HostileInput input)
    {
        var activity = JObject.FromObject(new Customer(_host, input.Pick(["es-ES", "en-US", "fr-FR"]), input.Pick(ChannelIds))
        {
            ServiceUrl = _connector.ServiceUrl.ToString(),
        }.Message(input.Text()));
        activity["type"] = input.Pick(ActivityTypes);
        if (input.Chance(0.5))
        {
            activity["name"] = input.Pick(EventNames);
            activity["value"] = input.Value();
        }

        if (input.Chance(0.75))
        {
            activity["deliveryMode"] = DeliveryModes.ExpectReplies;
        }

        var description = Mutate(input, activity);
        var json = activity.ToString(Newtonsoft.Json.Formatting.None);
        if (input.Chance(0.2))
        {
            return new FuzzCase("POST", "/api/messages", input.MalformedBody(json), input.ContentType(), null, "malformed body: " + description);
        }

        return new FuzzCase("POST", "/api/messages", Encoding.UTF8.GetBytes(json), input.Chance(0.9) ? "application/json" : input.ContentType(), null, description);
    }

    private static string Mutate(HostileInput input, JObject activity)
    {
        var changed = new List<string>();
        for (var i = input.Random.Next(0, 4); i > 0; i--)
        {
            var field = input.Pick(ActivityFields);
            var parts = field.Split('.');
            var parent = parts.Length == 2 ? activity[parts[0]] as JObject : activity;
            if (parent is null)
            {
                continue;
            }

            if (input.Chance(0.2))
            {
                parent.Remove(parts[^1]);
                changed.Add("removed " + field);
            }
            else
            {
                // Removed first: Json.NET compares an old and a new value before replacing, and comparing
                // double.MaxValue with a decimal throws OverflowException inside the test, not the bot.
                parent.Remove(parts[^1]);
                parent[parts[^1]] = input.Value();
                changed.Add("changed " + field);
            }
        }

        return changed.Count == 0 ? "activity" : string.Join(", ", changed);
    }

    private FuzzCase DirectLineCase(HostileInput input)
    {
        const string prefix = "/v3/directline/";
        var conversation = input.Chance(0.8) ? _directLine.ConversationId! : input.Segment();
        var bearer = input.Random.Next(10) switch
        {
            0 => null,
            1 => "Bearer " + _directLine.Token + "x",
            2 => "Bearer " + new string('a', input.Random.Next(1, 20_000)),
            3 => "Bearer " + Secret,
            4 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("a:b")),
            5 => "Bearer a.b.c",
            _ => "Bearer " + _directLine.Token,
        };
        var watermark = input.Chance(0.5) ? "?watermark=" + input.Segment() : string.Empty;
        var body = DirectLineBody(input);
        return input.Random.Next(8) switch
        {
            0 => new FuzzCase("POST", prefix + "tokens/generate", body, input.ContentType(), input.Chance(0.7) ? null : bearer, "generate"),
            1 => new FuzzCase("POST", prefix + "tokens/refresh", body, input.ContentType(), bearer, "refresh"),
            2 => new FuzzCase("POST", prefix + "conversations", body, input.ContentType(), bearer, "start"),
            3 => new FuzzCase("GET", prefix + "conversations/" + conversation + watermark, null, null, bearer, "reconnect"),
            4 or 5 => new FuzzCase("POST", prefix + "conversations/" + conversation + "/activities", body, input.Chance(0.8) ? "application/json" : input.ContentType(), bearer, "post"),
            6 => new FuzzCase("GET", prefix + "conversations/" + conversation + "/activities" + watermark, null, null, bearer, "poll"),
            _ => input.Chance(0.5)
                ? new FuzzCase("POST", prefix + "conversations/" + conversation + "/upload", body, input.Pick(["multipart/form-data; boundary=x", "application/octet-stream", "image/png"]), bearer, "upload")
                : new FuzzCase("GET", prefix + "conversations/" + conversation + "/stream?t=" + input.Segment() + watermark.Replace('?', '&'), null, null, null, "stream url"),
        };
    }

    private static byte[] DirectLineBody(HostileInput input)
    {
        var activity = new JObject
        {
            ["type"] = input.Chance(0.7) ? "message" : input.Pick(ActivityTypes),
            ["text"] = input.Text(),
            ["locale"] = input.Chance(0.7) ? "es-ES" : input.Text(),
            ["from"] = new JObject { ["id"] = input.Chance(0.5) ? "dl_fuzz" : input.Text(), ["name"] = input.Text() },
            ["channelData"] = new JObject { ["clientActivityID"] = input.Text() },
            ["user"] = new JObject { ["id"] = input.Chance(0.5) ? "dl_user" : input.Text(), ["name"] = input.Text() },
        };
        if (input.Chance(0.4))
        {
            activity["value"] = input.Value();
            activity["name"] = input.Pick(EventNames);
        }

        Mutate(input, activity);
        var json = activity.ToString(Newtonsoft.Json.Formatting.None);
        return input.Chance(0.3) ? input.MalformedBody(json) : Encoding.UTF8.GetBytes(json);
    }

    private FuzzCase Agent(HostileInput input)
    {
        var id = input.Chance(0.5) ? _escalationId : input.Segment();
        var token = "Bearer " + (input.Chance(0.7) ? AgentToken : SupervisorToken);
        var body = input.Chance(0.3)
            ? input.MalformedBody("{\"outcome\":\"retained\",\"note\":\"x\",\"text\":\"hola\"}")
            : Encoding.UTF8.GetBytes(new JObject
            {
                ["outcome"] = input.Chance(0.5) ? input.Pick(["retained", "refund", "discount", "lost", "no-response"]) : input.Value(1),
                ["note"] = input.Value(1),
                ["text"] = input.Chance(0.5) ? input.Text() : input.Value(1),
                ["discountPercent"] = input.Chance(0.5) ? input.Number() : input.Value(1),
            }.ToString());
        var contentType = input.Chance(0.85) ? "application/json" : input.ContentType();
        return input.Random.Next(9) switch
        {
            0 => new FuzzCase("GET", $"/api/agent/escalations?status={input.Segment()}&priority={input.Segment()}&language={input.Segment()}", null, null, token, "queue filters"),
            1 => new FuzzCase("GET", $"/api/agent/escalations/{id}", null, null, token, "details"),
            2 => new FuzzCase("GET", $"/api/agent/escalations/{id}/offers", null, null, token, "offers"),
            3 => new FuzzCase("POST", $"/api/agent/escalations/{id}/claim", input.Chance(0.5) ? body : null, contentType, token, "claim"),
            4 => new FuzzCase("POST", $"/api/agent/escalations/{id}/resolve", body, contentType, token, "resolve"),
            5 => new FuzzCase("POST", $"/api/agent/escalations/{id}/messages", body, contentType, token, "message"),
            6 => new FuzzCase("GET", $"/api/agent/escalations/{id}/messages?after={input.Segment()}", null, null, token, "messages"),
            7 => new FuzzCase("GET", KnowledgeFeedbackApi.Route + "?x=" + input.Segment(), null, null, token, "feedback report"),
            _ => new FuzzCase("GET", "/api/agent/me?x=" + input.Segment(), null, null, token, "me"),
        };
    }

    private static FuzzCase Page(HostileInput input)
    {
        var query = "?q=" + Uri.EscapeDataString(input.Pick(HostileInput.ScriptPayloads)) + "&x=" + input.Segment();
        return input.Random.Next(4) switch
        {
            0 => new FuzzCase("GET", "/" + query, null, null, null, "chat page", Api: false),
            1 => new FuzzCase("GET", "/agent" + query, null, null, null, "agent console", Api: false),
            2 => new FuzzCase("GET", "/embed.js" + query, null, null, null, "embed script", Api: false),
            _ => new FuzzCase("GET", "/invoices/" + input.Segment(), null, null, null, "invoice link"),
        };
    }

    private static bool IsJson(string body)
    {
        try
        {
            JToken.Parse(body);
            return true;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }

    private static int? EnvironmentNumber(string name)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
