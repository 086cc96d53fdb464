using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Http;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.BotFramework;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint. Reads the activity itself (bounded size and
/// depth, clear 4xx for anything malformed) before handing it to the adapter, so bad input never reaches a turn.</summary>
public static partial class MessagesEndpoint
{
    /// <summary>Route of the endpoint.</summary>
    public const string Route = "/api/messages";

    /// <summary>Handles one POST.</summary>
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        SupportBotAdapter adapter,
        IBot bot,
        IOptions<MessagesEndpointOptions> options,
        ConversationRateLimiter conversationLimits,
        IConfiguration configuration,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(conversationLimits);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var limits = options.Value;
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));

        var signed = !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        if (!LocalCallerRule.Allows(http, signed, limits.AllowUnauthenticatedRemote))
        {
            LogRemoteRefused(logger, http.Connection.RemoteIpAddress?.ToString());
            return Problem(
                StatusCodes.Status403Forbidden,
                "This bot has no MicrosoftAppId, so /api/messages takes unsigned activities from this machine only. Configure " +
                "MicrosoftAppId and MicrosoftAppPassword (Azure Bot Service signs its requests), or set " +
                "Messages:AllowUnauthenticatedRemote=true on a trusted network.");
        }

        if (!RequestBody.IsJson(http.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        var body = await RequestBody.ReadAsync(http, limits.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limits.MaxRequestBodyBytes} bytes.");
        }

        if (body.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "The request body is empty.");
        }

        var (activity, parseError) = ActivityJson.Parse(body, limits.MaxJsonDepth);
        if (activity is null)
        {
            return Problem(StatusCodes.Status400BadRequest, parseError!);
        }

        if (IncomingActivityValidator.Validate(activity) is { } invalid)
        {
            return Problem(StatusCodes.Status400BadRequest, invalid);
        }

        AuthenticateRequestResult authentication;
        try
        {
            authentication = await adapter.AuthenticateIncomingAsync(http.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            LogUnauthorized(logger, activity.ChannelId);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(StatusCodes.Status401Unauthorized, "A valid Bot Framework channel token is required.");
        }

        // Counted once the caller is known to be the channel: nobody else can use up a conversation's allowance. Unsigned
        // activities from this machine itself (the Emulator, tests, a load benchmark) are not counted.
        using (var lease = signed || !LocalCallerRule.IsLocal(http) ? conversationLimits.Acquire(activity.ChannelId, activity.Conversation.Id) : null)
        {
            if (lease is { IsAcquired: false })
            {
                LogConversationLimited(logger, activity.ChannelId);
                return TooManyRequests.Result(http, lease);
            }
        }

        var invokeResponse = await adapter.ProcessAuthenticatedAsync(authentication, activity, bot, cancellationToken);
        if (invokeResponse is null)
        {
            return Results.Ok();
        }

        if (invokeResponse.Status == StatusCodes.Status501NotImplemented)
        {
            // The SDK's answer to an invoke nobody handles: the caller asked for something this bot does not do.
            return Problem(StatusCodes.Status400BadRequest, "This bot does not handle this invoke activity.");
        }

        return invokeResponse.Body is null
            ? Results.StatusCode(invokeResponse.Status)
            : new InvokeResponseResult(invokeResponse.Status, invokeResponse.Body);
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unsigned activity from {RemoteAddress}: no MicrosoftAppId, and Messages:AllowUnauthenticatedRemote is off")]
    private static partial void LogRemoteRefused(ILogger logger, string? remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many activities in one conversation of channel {ChannelId}: 429")]
    private static partial void LogConversationLimited(ILogger logger, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an unauthenticated activity from channel {ChannelId}")]
    private static partial void LogUnauthorized(ILogger logger, string? channelId);
}
