using System.Globalization;
using System.Net.Mime;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace SupportBot.Bot.DirectLine;

/// <summary>The Direct Line 3.0 REST API and stream under <c>/v3/directline</c>, as botframework-directlinejs (Web
/// Chat) calls it. Every failure is a problem response: 401 without credentials, 403 for a token that is forged,
/// expired or for another conversation, 404 for an unknown conversation, 400/413/415 for malformed bodies, 429
/// when rate limited, 503 when the store (Redis) is unreachable — never a 500 for what a client sends.</summary>
public sealed partial class DirectLineApi(
    DirectLineTokens tokens,
    DirectLineConversations conversations,
    DirectLineSocket stream,
    IDirectLineStore store,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineApi> logger)
{
    /// <summary>Path prefix of the API.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>Rate-limit policy of token generation and refresh (per client address).</summary>
    public const string TokenPolicy = "directline-tokens";

    /// <summary>Rate-limit policy of conversation starts and posts (per client address).</summary>
    public const string PostPolicy = "directline-posts";

    private const int MaxTokenRequestBytes = 4096;
    private const int MaxActivitiesPerRead = 100;

    private DirectLineOptions Options => options.Value;

    /// <summary>Maps the API's routes.</summary>
    public static RouteGroupBuilder Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(Prefix);
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception e) when (e is RedisException or RedisTimeoutException)
            {
                LogStoreUnavailable(context.HttpContext.RequestServices.GetRequiredService<ILogger<DirectLineApi>>(), e);
                return Problem(StatusCodes.Status503ServiceUnavailable, "The conversation store is unavailable; try again shortly.");
            }
        });
        group.MapPost("/tokens/generate", (HttpContext http, DirectLineApi api, CancellationToken ct) => api.GenerateAsync(http, ct))
            .RequireRateLimiting(TokenPolicy);
        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineApi api, CancellationToken ct) => api.RefreshAsync(http, ct))
            .RequireRateLimiting(TokenPolicy);
        group.MapPost("/conversations", (HttpContext http, DirectLineApi api, CancellationToken ct) => api.StartAsync(http, ct))
            .RequireRateLimiting(PostPolicy);
        group.MapGet("/conversations/{conversationId}", (HttpContext http, DirectLineApi api, string conversationId, string? watermark, CancellationToken ct)
            => api.ReconnectAsync(http, conversationId, watermark, ct));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext http, DirectLineApi api, string conversationId, CancellationToken ct)
            => api.PostActivityAsync(http, conversationId, ct)).RequireRateLimiting(PostPolicy);
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext http, DirectLineApi api, string conversationId, string? watermark, CancellationToken ct)
            => api.GetActivitiesAsync(http, conversationId, watermark, ct));
        group.MapPost("/conversations/{conversationId}/upload", (HttpContext http, DirectLineApi api, string conversationId, CancellationToken ct)
            => api.UploadAsync(http, conversationId, ct)).RequireRateLimiting(PostPolicy);
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext http, DirectLineApi api, string conversationId, string? watermark, string? t)
            => api.StreamAsync(http, conversationId, watermark, t));
        return group;
    }

    /// <summary><c>POST tokens/generate</c>: a new conversation and a token for it. With the secret as bearer
    /// (server to server) any user id may be named; anonymously (when allowed) only ids starting with "dl_".</summary>
    public async Task<IResult> GenerateAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var bySecret = false;
        if (HasAuthorization(http))
        {
            if (!tokens.IsSecret(BearerOf(http) ?? string.Empty))
            {
                return Problem(StatusCodes.Status403Forbidden, "Only the Direct Line secret can generate tokens.");
            }

            bySecret = true;
        }
        else if (!Options.AllowAnonymous)
        {
            return Unauthorized(http, "Generating a token needs the Direct Line secret: Authorization: Bearer <secret>.");
        }

        var (request, error, status) = await ReadTokenRequestAsync(http, bySecret, cancellationToken);
        if (request is null)
        {
            return Problem(status, error!);
        }

        var conversation = await conversations.CreateAsync(request.UserId, request.UserName, request.Locale, cancellationToken);
        if (conversation is null)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Too many open conversations; try again later.");
        }

        LogGenerated(conversation.Id, bySecret ? "secret" : "anonymous");
        return Json(TokenBody(conversation, streamUrl: null, watermark: null, http));
    }

    /// <summary><c>POST tokens/refresh</c>: a new token for the same conversation and user.</summary>
    public async Task<IResult> RefreshAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HasAuthorization(http))
        {
            return Unauthorized(http, "Refreshing needs the current token: Authorization: Bearer <token>.");
        }

        var claims = tokens.Validate(BearerOf(http), DirectLineTokenKind.Conversation);
        if (claims is null)
        {
            return Problem(StatusCodes.Status403Forbidden, "The token is invalid or expired.");
        }

        var conversation = await store.GetAsync(claims.ConversationId, cancellationToken);
        return conversation is null
            ? NoConversation()
            : Json(TokenBody(conversation with { UserId = claims.UserId, UserName = claims.UserName }, streamUrl: null, watermark: null, http));
    }

    /// <summary><c>POST conversations</c>: with a token, starts its conversation (once; the bot greets); with the
    /// secret, creates and starts a new one. Answers the conversation id, a fresh token and the stream URL.</summary>
    public async Task<IResult> StartAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (caller, failure) = Authenticate(http, conversationId: null);
        if (caller is null)
        {
            return failure!;
        }

        DirectLineConversation? conversation;
        if (caller.Claims is { } claims)
        {
            conversation = await store.GetAsync(claims.ConversationId, cancellationToken);
            if (conversation is null)
            {
                return NoConversation();
            }

            conversation = conversation with { UserId = claims.UserId, UserName = claims.UserName };
        }
        else
        {
            var (request, error, status) = await ReadTokenRequestAsync(http, bySecret: true, cancellationToken);
            if (request is null)
            {
                return Problem(status, error!);
            }

            conversation = await conversations.CreateAsync(request.UserId, request.UserName, request.Locale, cancellationToken);
            if (conversation is null)
            {
                return Problem(StatusCodes.Status503ServiceUnavailable, "Too many open conversations; try again later.");
            }
        }

        var started = await conversations.StartAsync(conversation, cancellationToken);
        return Json(TokenBody(conversation, streamUrl: true, watermark: null, http), started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET conversations/{id}?watermark=</c>: reconnect — a fresh token and stream URL.</summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (caller, failure) = Authenticate(http, conversationId);
        if (caller is null)
        {
            return failure!;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return Problem(StatusCodes.Status400BadRequest, "The watermark must be a watermark this channel returned.");
        }

        var conversation = await FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return NoConversation();
        }

        if (caller.Claims is { } claims)
        {
            conversation = conversation with { UserId = claims.UserId, UserName = claims.UserName };
        }

        return Json(TokenBody(conversation, streamUrl: true, watermark: after, http));
    }

    /// <summary><c>POST conversations/{id}/activities</c>: logs the activity (the client's echo), queues the bot's
    /// turn and answers <c>{"id"}</c> at once.</summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (caller, failure) = Authenticate(http, conversationId);
        if (caller is null)
        {
            return failure!;
        }

        var conversation = await FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return NoConversation();
        }

        if (!RequestBody.IsJson(http.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Post the activity as application/json.");
        }

        var body = await RequestBody.ReadAsync(http, Options.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {Options.MaxActivityBytes} bytes.");
        }

        if (body.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is empty.");
        }

        var (posted, error) = ClientActivities.Parse(body, Options.MaxJsonDepth);
        if (posted is null)
        {
            return Problem(StatusCodes.Status400BadRequest, error!);
        }

        var name = ClientActivities.DisplayName(posted.From?.Name);
        var user = caller.Claims is { } claims
            ? new ChannelAccount(claims.UserId, name ?? claims.UserName, RoleTypes.User)
            : new ChannelAccount(
                posted.From?.Id is { } fromId && SecretUserId().IsMatch(fromId) ? fromId : conversation.UserId,
                name ?? conversation.UserName,
                RoleTypes.User);
        var (status, id) = await conversations.PostAsync(conversation, posted, user, cancellationToken);
        return status switch
        {
            DirectLineConversations.PostStatus.Accepted => Json(new JObject { ["id"] = id }),
            DirectLineConversations.PostStatus.Busy => Problem(StatusCodes.Status429TooManyRequests, "The bot is still answering earlier activities; try again shortly."),
            _ => NoConversation(),
        };
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: the activities after the watermark (polling).</summary>
    public async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (caller, failure) = Authenticate(http, conversationId);
        if (caller is null)
        {
            return failure!;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return Problem(StatusCodes.Status400BadRequest, "The watermark must be a watermark this channel returned.");
        }

        if (await FindAsync(conversationId, cancellationToken) is null)
        {
            return NoConversation();
        }

        var batch = await store.ReadAsync(conversationId, after, MaxActivitiesPerRead, cancellationToken);
        var frame = DirectLineSocket.Frame(batch, batch.Count > 0 ? batch[^1].Watermark : after);
        return Results.Bytes(frame, MediaTypeNames.Application.Json);
    }

    /// <summary><c>POST conversations/{id}/upload</c>: refused — the embedded channel takes no attachments.</summary>
    public async Task<IResult> UploadAsync(HttpContext http, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (caller, failure) = Authenticate(http, conversationId);
        if (caller is null)
        {
            return failure!;
        }

        if (await FindAsync(conversationId, cancellationToken) is null)
        {
            return NoConversation();
        }

        // The body is not read: Kestrel discards it (or closes the connection when it is very large).
        return Problem(StatusCodes.Status400BadRequest, "Attachments are not supported by this Direct Line channel: send text instead.", "Attachments are not supported");
    }

    /// <summary><c>GET conversations/{id}/stream?t=</c> as a WebSocket: the conversation's activities as they come.</summary>
    public async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? watermark, string? streamToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!string.IsNullOrEmpty(streamToken))
        {
            var claims = tokens.Validate(streamToken, DirectLineTokenKind.Stream);
            if (claims is null)
            {
                return Problem(StatusCodes.Status403Forbidden, "The stream URL is invalid or expired: reconnect for a new one.");
            }

            if (claims.ConversationId != conversationId)
            {
                return Problem(StatusCodes.Status403Forbidden, "The stream URL is for another conversation.");
            }
        }
        else
        {
            var (caller, failure) = Authenticate(http, conversationId);
            if (caller is null)
            {
                return failure!;
            }
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return Problem(StatusCodes.Status400BadRequest, "The watermark must be a watermark this channel returned.");
        }

        if (await FindAsync(conversationId, http.RequestAborted) is null)
        {
            return NoConversation();
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return Problem(StatusCodes.Status400BadRequest, "Open the stream URL as a WebSocket.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, after, http.RequestAborted);
        return Results.Empty;
    }

    private sealed record Caller(DirectLineClaims? Claims);

    private sealed record TokenRequest(string UserId, string? UserName, string? Locale);

    private (Caller? Caller, IResult? Failure) Authenticate(HttpContext http, string? conversationId)
    {
        if (!HasAuthorization(http))
        {
            return (null, Unauthorized(http, "Send the conversation's token: Authorization: Bearer <token>."));
        }

        var bearer = BearerOf(http);
        if (bearer is null)
        {
            return (null, Unauthorized(http, "Only bearer tokens are accepted."));
        }

        if (tokens.IsSecret(bearer))
        {
            return (new Caller(null), null);
        }

        var claims = tokens.Validate(bearer, DirectLineTokenKind.Conversation);
        if (claims is null)
        {
            return (null, Problem(StatusCodes.Status403Forbidden, "The token is invalid or expired."));
        }

        if (conversationId is not null && !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, Problem(StatusCodes.Status403Forbidden, "The token is for another conversation."));
        }

        return (new Caller(claims), null);
    }

    private async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
        => ConversationIdPattern().IsMatch(conversationId) ? await store.GetAsync(conversationId, cancellationToken) : null;

    private JObject TokenBody(DirectLineConversation conversation, bool? streamUrl, long? watermark, HttpContext http)
    {
        var body = new JObject
        {
            ["conversationId"] = conversation.Id,
            ["token"] = tokens.Issue(conversation.Id, conversation.UserId, conversation.UserName, DirectLineTokenKind.Conversation),
            ["expires_in"] = (long)tokens.LifetimeOf(DirectLineTokenKind.Conversation).TotalSeconds,
        };
        if (streamUrl == true)
        {
            body["streamUrl"] = StreamUrl(conversation, watermark, http);
        }

        return body;
    }

    private string StreamUrl(DirectLineConversation conversation, long? watermark, HttpContext http)
    {
        var origin = Options.PublicBaseUrl is { } configured
            ? configured.GetLeftPart(UriPartial.Authority) + configured.AbsolutePath.TrimEnd('/')
            : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        var socketOrigin = origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + origin[8..]
            : origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + origin[7..]
            : origin;
        var streamToken = tokens.Issue(conversation.Id, conversation.UserId, conversation.UserName, DirectLineTokenKind.Stream);
        var mark = watermark is > 0 ? watermark.Value.ToString(CultureInfo.InvariantCulture) : "-";
        return $"{socketOrigin}{Prefix}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?watermark={mark}&t={Uri.EscapeDataString(streamToken)}";
    }

    private static async Task<(TokenRequest? Request, string? Error, int Status)> ReadTokenRequestAsync(HttpContext http, bool bySecret, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(http, MaxTokenRequestBytes, cancellationToken);
        if (body is null)
        {
            return (null, $"The body may be at most {MaxTokenRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        string? userId = null, userName = null, locale = null;
        if (body.Length > 0 && !(body.Length == 2 && body[0] == '{' && body[1] == '}'))
        {
            JObject json;
            try
            {
                json = JToken.Parse(Encoding.UTF8.GetString(body), new JsonLoadSettings()) as JObject
                       ?? throw new JsonReaderException("The body must be a JSON object.");
            }
            catch (JsonException e)
            {
                return (null, "The body is not valid JSON: " + e.Message.Split('\n')[0].TrimEnd('\r'), StatusCodes.Status400BadRequest);
            }

            var user = json["user"];
            if (user is not null && user.Type != JTokenType.Null)
            {
                if (user is not JObject userObject
                    || userObject["id"] is { } id && id.Type is not (JTokenType.String or JTokenType.Null)
                    || userObject["name"] is { } nameToken && nameToken.Type is not (JTokenType.String or JTokenType.Null))
                {
                    return (null, "'user' must be an object with string 'id' and 'name'.", StatusCodes.Status400BadRequest);
                }

                userId = (string?)userObject["id"];
                userName = ClientActivities.DisplayName((string?)userObject["name"]);
            }

            if (json["locale"] is { } localeToken && localeToken.Type != JTokenType.Null)
            {
                locale = localeToken.Type == JTokenType.String ? ClientActivities.ValidLocale((string?)localeToken) : null;
                if (locale is null)
                {
                    return (null, "'locale' must be a language tag such as \"es-ES\".", StatusCodes.Status400BadRequest);
                }
            }
        }

        if (string.IsNullOrEmpty(userId))
        {
            userId = DirectLineConversations.NewUserId();
        }
        else if (!(bySecret ? SecretUserId() : AnonymousUserId()).IsMatch(userId))
        {
            return (null, bySecret
                ? "'user.id' may have at most 128 letters, digits and . _ - : @ |."
                : "'user.id' must start with \"dl_\" and have at most 128 letters, digits and . _ - :.", StatusCodes.Status400BadRequest);
        }

        return (new TokenRequest(userId, userName, locale), null, 0);
    }

    private static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        if (string.IsNullOrEmpty(watermark) || watermark == "-")
        {
            return true;
        }

        return long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after);
    }

    private static bool HasAuthorization(HttpContext http) => !string.IsNullOrWhiteSpace(http.Request.Headers.Authorization.ToString());

    private static string? BearerOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString().Trim();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private static IResult Json(JToken body, int status = StatusCodes.Status200OK)
        => Results.Content(body.ToString(Formatting.None), MediaTypeNames.Application.Json, Encoding.UTF8, status);

    private static IResult NoConversation() => Problem(StatusCodes.Status404NotFound, "No such conversation (it may have expired).");

    private static IResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, detail);
    }

    /// <summary>A problem response.</summary>
    internal static IResult Problem(int status, string detail, string? title = null) => Results.Problem(detail: detail, statusCode: status, title: title);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ConversationIdPattern();

    [GeneratedRegex("^dl_[A-Za-z0-9._:-]{1,125}$", RegexOptions.CultureInvariant)]
    private static partial Regex AnonymousUserId();

    [GeneratedRegex("^[A-Za-z0-9._:@|-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretUserId();

    [LoggerMessage(Level = LogLevel.Error, Message = "The Direct Line store (Redis) is unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} created ({How})")]
    private partial void LogGenerated(string conversationId, string how);
}
