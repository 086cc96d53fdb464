using System.Net.Mime;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace SupportBot.Bot.BotFramework;

/// <summary>The body of an invoke or <c>expectReplies</c> response, written as compact JSON (the Bot Framework's
/// serializer settings, without their indentation) in UTF-8 straight from one buffer: no intermediate string.</summary>
public sealed class InvokeResponseResult(int status, object body) : IResult
{
    private static readonly JsonSerializer Serializer = CreateSerializer();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        // Kestrel refuses synchronous writes and Json.NET writes synchronously: serialize to memory, then send.
        using var buffer = new MemoryStream();
        await using (var text = new StreamWriter(buffer, Utf8, bufferSize: 4096, leaveOpen: true))
        {
            using var json = new JsonTextWriter(text) { CloseOutput = false };
            Serializer.Serialize(json, body);
        }

        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypeNames.Application.Json + "; charset=utf-8";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
    }

    private static JsonSerializer CreateSerializer()
    {
        var serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);
        serializer.Formatting = Formatting.None;
        return serializer;
    }
}
