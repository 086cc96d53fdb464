using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.WebChat;

/// <summary>Exchanges the configured Azure Direct Line secret for a conversation token (<c>POST /webchat/token</c>), so the
/// page can talk to Azure's Direct Line without ever seeing the secret. Only mapped to work when
/// <c>WebChat:DirectLineDomain</c> is set; otherwise 404 (the page uses the embedded Direct Line).</summary>
public sealed partial class DirectLineTokenClient(HttpClient http, IOptions<WebChatOptions> options, ILogger<DirectLineTokenClient> logger)
{
    /// <summary>Where the page asks for a token.</summary>
    public const string Route = "/webchat/token";

    /// <summary>Asks Azure for a token for <paramref name="userId"/>; null when Azure refused or failed.</summary>
    public async Task<DirectLineToken?> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.DirectLineDomain!.ToString().TrimEnd('/') + "/tokens/generate")
        {
            Content = JsonContent.Create(new TokenRequest(new TokenUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return null;
            }

            var token = await response.Content.ReadFromJsonAsync<DirectLineToken>(cancellationToken);
            return token is { Token.Length: > 0 } ? token : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex);
            return null;
        }
    }

    /// <summary>The endpoint: optional body <c>{ "user": { "id": "dl_…" } }</c>; answers <c>{ conversationId, token, expires_in }</c>.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<WebChatOptions> options, DirectLineTokenClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        if (options.Value.DirectLineDomain is null)
        {
            return Results.Problem("Azure Direct Line is not configured: this bot's own Direct Line issues tokens at /v3/directline/tokens/generate.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var userId = "dl_" + Guid.NewGuid().ToString("N");
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                var body = await request.ReadFromJsonAsync<TokenRequest>(cancellationToken);
                if (body?.User?.Id is { } asked)
                {
                    if (!UserIdShape().IsMatch(asked))
                    {
                        return Results.Problem("user.id must look like dl_ followed by 8 to 64 letters, digits, '-' or '_'.", statusCode: StatusCodes.Status400BadRequest);
                    }

                    userId = asked;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
            {
                return Results.Problem("The body must be JSON: { \"user\": { \"id\": \"dl_…\" } }.", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        var token = await client.GenerateAsync(userId, cancellationToken);
        return token is null
            ? Results.Problem("Azure Direct Line did not issue a token.", statusCode: StatusCodes.Status502BadGateway)
            : Results.Ok(token);
    }

    [GeneratedRegex("^dl_[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex UserIdShape();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line refused a token with status {Status}")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line could not be reached for a token")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private sealed record TokenRequest([property: JsonPropertyName("user")] TokenUser? User);

    private sealed record TokenUser([property: JsonPropertyName("id")] string? Id);
}
