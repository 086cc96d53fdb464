using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.BotFramework;

namespace SupportBot.Bot.Tests.Http;

/// <summary>Replies written from the per-thread text buffer and a pooled byte array: exact UTF-8, a matching
/// Content-Length, nothing left over from the reply written before.</summary>
public sealed class InvokeResponseResultTests
{
    [Fact]
    public async Task ALongReply_WithAccentsAndEmojiAcrossTheBuffersChunks_IsExactUtf8()
    {
        // Well past one StringBuilder chunk (8,000 chars), with surrogate pairs at every offset.
        var text = string.Concat(Enumerable.Repeat("¿Qué tal? ñ 😀 ", 3000));
        var (bytes, response) = await WriteAsync(new ExpectedReplies([MessageFactory.Text(text) as Activity]));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal(bytes.Length, response.ContentLength);
        var json = JObject.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.Equal(text, (string?)json["activities"]![0]!["text"]);
    }

    [Fact]
    public async Task AShortReplyAfterALongOne_CarriesOnlyItsOwnJson()
    {
        await WriteAsync(new ExpectedReplies([MessageFactory.Text(new string('x', 20_000)) as Activity]));

        var (bytes, response) = await WriteAsync(new ExpectedReplies([MessageFactory.Text("hola") as Activity]), status: 201);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(bytes.Length, response.ContentLength);
        var json = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("xxx", json, StringComparison.Ordinal);
        Assert.Equal("hola", (string?)JObject.Parse(json)["activities"]![0]!["text"]);
        Assert.DoesNotContain('\n', json);
    }

    private static async Task<(byte[] Bytes, HttpResponse Response)> WriteAsync(object body, int status = 200)
    {
        var context = new DefaultHttpContext();
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await new InvokeResponseResult(status, body).ExecuteAsync(context);
        return (buffer.ToArray(), context.Response);
    }
}
