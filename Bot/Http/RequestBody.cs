using System.Net.Mime;
using Microsoft.AspNetCore.Http.Features;

namespace SupportBot.Bot.Http;

/// <summary>Reading a JSON request body within a size limit, for the endpoints that parse activities themselves
/// (<c>/api/messages</c>, the embedded Direct Line).</summary>
public static class RequestBody
{
    /// <summary>Whether the content type is JSON (<c>application/json</c> or a <c>+json</c> type).</summary>
    public static bool IsJson(string? contentType)
        => contentType is not null
           && (contentType.StartsWith(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
               || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger (announced or not).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext http, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
