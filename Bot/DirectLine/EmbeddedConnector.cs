using System.Net;
using System.Net.Mime;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Http;

namespace SupportBot.Bot.DirectLine;

/// <summary>The Bot Connector REST API (v3) of the embedded channel, served in memory: the bot's
/// <c>ConnectorClient</c> for <see cref="ServiceUrl"/> sends its requests here through an <c>HttpClient</c> built on
/// this handler, and nothing else can reach it — it is not mapped on Kestrel, so no network caller can post as
/// the bot. Supported: reply to an activity, send to a conversation, update, delete, and the conversation's
/// members. Answers are what the SDK expects: <c>{"id": …}</c> for sends and updates, 200 for deletes (204 makes
/// the SDK throw), <c>{"error": {…}}</c> with a 4xx otherwise.</summary>
public sealed partial class EmbeddedConnector(DirectLineLog log, ILogger<EmbeddedConnector> logger) : HttpMessageHandler
{
    /// <summary>The <c>serviceUrl</c> of the embedded channel's activities: an internal name that never resolves on
    /// a network, answered only by this handler.</summary>
    public static readonly Uri ServiceUrl = new("https://directline.embedded/");

    private const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Whether <paramref name="serviceUrl"/> is the embedded channel's.</summary>
    public static bool Serves(string? serviceUrl)
        => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
           && string.Equals(uri.Host, ServiceUrl.Host, StringComparison.OrdinalIgnoreCase)
           && uri.Scheme == ServiceUrl.Scheme;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await RouteAsync(request, cancellationToken);
        }
        catch (JsonException e)
        {
            return Error(HttpStatusCode.BadRequest, "BadSyntax", $"The body is not a valid activity: {JsonErrors.Describe(e)}.");
        }
    }

    private async Task<HttpResponseMessage> RouteAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !Serves(uri.ToString()))
        {
            return Error(HttpStatusCode.NotFound, "NotFound", "This connector only serves " + ServiceUrl);
        }

        // v3/conversations/{conversationId}[/activities[/{activityId}[/members]] | /members[/{id}] | /pagedmembers]
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length < 3 || segments[0] != "v3" || segments[1] != "conversations")
        {
            return Error(HttpStatusCode.NotFound, "NotFound", "Unknown Connector route.");
        }

        var conversationId = segments[2];
        var conversation = await log.Store.GetAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return Error(HttpStatusCode.NotFound, "ConversationNotFound", "No such conversation on the embedded Direct Line channel.");
        }

        var method = request.Method;
        var rest = segments[3..];
        switch (rest)
        {
            case ["activities"] when method == HttpMethod.Post:
            case ["activities", _] when method == HttpMethod.Post:
                {
                    var activity = await ReadActivityAsync(request, cancellationToken);
                    if (activity is null)
                    {
                        return Error(HttpStatusCode.BadRequest, "BadArgument", "The body must be an activity.");
                    }

                    if (rest.Length == 2 && string.IsNullOrEmpty(activity.ReplyToId))
                    {
                        activity.ReplyToId = rest[1];
                    }

                    var id = await log.AppendFromBotAsync(conversationId, activity, cancellationToken);
                    LogSent(conversationId, activity.Type);
                    return id is null ? Error(HttpStatusCode.NotFound, "ConversationNotFound", "The conversation ended.") : Json(new JObject { ["id"] = id });
                }

            case ["activities", var activityId] when method == HttpMethod.Put:
                {
                    var activity = await ReadActivityAsync(request, cancellationToken);
                    if (activity is null)
                    {
                        return Error(HttpStatusCode.BadRequest, "BadArgument", "The body must be an activity.");
                    }

                    return await log.UpdateFromBotAsync(conversationId, activityId, activity, cancellationToken) switch
                    {
                        AppendStatus.Appended => Json(new JObject { ["id"] = activityId }),
                        AppendStatus.NoActivity => Error(HttpStatusCode.NotFound, "ActivityNotFound", "No such activity in the conversation."),
                        _ => Error(HttpStatusCode.NotFound, "ConversationNotFound", "The conversation ended."),
                    };
                }

            case ["activities", var activityId] when method == HttpMethod.Delete:
                // Clients that already showed the activity keep it (Direct Line has no delete event); later readers never see it.
                await log.Store.DeleteAsync(conversationId, activityId, cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };

            case ["members"] when method == HttpMethod.Get:
            case ["activities", _, "members"] when method == HttpMethod.Get:
                return Json(JArray.FromObject(Members(conversation), JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings)));

            case ["pagedmembers"] when method == HttpMethod.Get:
                return Json(JObject.FromObject(new PagedMembersResult { Members = Members(conversation) }, JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings)));

            case ["members", var memberId] when method == HttpMethod.Get:
                return Members(conversation).FirstOrDefault(m => m.Id == memberId) is { } member
                    ? Json(JObject.FromObject(member, JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings)))
                    : Error(HttpStatusCode.NotFound, "MemberNotFound", "No such member in the conversation.");

            default:
                return Error(HttpStatusCode.MethodNotAllowed, "NotSupported", $"{method} {uri.AbsolutePath} is not supported by the embedded Direct Line channel.");
        }
    }

    private List<ChannelAccount> Members(DirectLineConversation conversation)
        => [log.Bot, new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User)];

    private static async Task<Activity?> ReadActivityAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null)
        {
            return null;
        }

        var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0 || body.Length > MaxBodyBytes)
        {
            return null;
        }

        return JsonConvert.DeserializeObject<Activity>(Encoding.UTF8.GetString(body), HttpHelper.BotMessageSerializerSettings);
    }

    private static HttpResponseMessage Json(JToken body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, MediaTypeNames.Application.Json),
    };

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) => new(status)
    {
        Content = new StringContent(
            new JObject { ["error"] = new JObject { ["code"] = code, ["message"] = message } }.ToString(Formatting.None),
            Encoding.UTF8,
            MediaTypeNames.Application.Json),
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot sent a {Type} activity to Direct Line conversation {ConversationId}")]
    private partial void LogSent(string conversationId, string? type);
}
