using System.Buffers;
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

        try
        {
            return http.Request.ContentLength is { } announced
                ? await ReadAnnouncedAsync(http.Request.Body, (int)announced, cancellationToken)
                : await ReadChunkedAsync(http.Request.Body, limit, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    // The usual case: the length is announced (and enforced by the server), so the body is read into one array of
    // that size instead of through a copy buffer and a growing stream.
    private static async Task<byte[]> ReadAnnouncedAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == length ? bytes : bytes[..filled];
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
