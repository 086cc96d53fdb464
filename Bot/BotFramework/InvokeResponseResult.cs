using System.Buffers;
using System.Globalization;
using System.Net.Mime;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Http;

namespace SupportBot.Bot.BotFramework;

/// <summary>The body of an invoke or <c>expectReplies</c> response, written as compact JSON (the Bot Framework's
/// serializer settings, without their indentation; plain message replies by <see cref="PlainReplyWriter"/>) in UTF-8
/// with a <c>Content-Length</c>. The JSON is built in a per-thread text buffer and encoded into a pooled byte array:
/// a reply allocates neither a stream nor a writer's buffers.</summary>
public sealed class InvokeResponseResult(int status, object body) : IResult
{
    // Replies beyond this size are rare; their buffer is not kept for the next one.
    private const int KeptBufferChars = 64 * 1024;

    private static readonly JsonSerializer Serializer = CreateSerializer();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (bytes, length) = Encode(body);
        try
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = MediaTypeNames.Application.Json + "; charset=utf-8";
            response.ContentLength = length;
            await response.Body.WriteAsync(bytes.AsMemory(0, length), httpContext.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The UTF-8 JSON of <paramref name="value"/> in a pooled array (to return) and its length. Synchronous,
    /// so the per-thread text buffer is never held across an await.</summary>
    private static (byte[] Bytes, int Length) Encode(object value)
    {
        if (value is ExpectedReplies replies && PlainReplyWriter.TryEncode(replies, out var plain, out var plainLength))
        {
            return (plain, plainLength);
        }

        var text = t_text ?? new StringBuilder(1024);
        t_text = null;
        try
        {
            using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
            using (var json = new JsonTextWriter(writer) { CloseOutput = false, ArrayPool = JsonCharPool.Instance })
            {
                Serializer.Serialize(json, value);
            }

            var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
            var encoder = Utf8.GetEncoder();
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
            }

            length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
            return (bytes, length);
        }
        finally
        {
            if (text.Capacity <= KeptBufferChars)
            {
                t_text = text.Clear();
            }
        }
    }

    private static JsonSerializer CreateSerializer()
    {
        var serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);
        serializer.Formatting = Formatting.None;
        return serializer;
    }
}
