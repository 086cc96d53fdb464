using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.BotFramework;

namespace SupportBot.Bot.Tests.Http;

/// <summary>Replies written from the per-thread text buffer and a pooled byte array: exact UTF-8, a matching
/// Content-Length, nothing left over from the reply written before; both for plain messages (written without Json.NET's
/// reflection) and for replies the Bot Framework's serializer writes (here, with channel data).</summary>
public sealed class InvokeResponseResultTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ALongReply_WithAccentsAndEmojiAcrossTheBuffersChunks_IsExactUtf8(bool plain)
    {
        // Well past one StringBuilder chunk (8,000 chars), with surrogate pairs at every offset.
        var text = string.Concat(Enumerable.Repeat("¿Qué tal? ñ 😀 ", 3000));
        var (bytes, response) = await WriteAsync(new ExpectedReplies([Reply(text, plain)]));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal(bytes.Length, response.ContentLength);
        var json = JObject.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.Equal(text, (string?)json["activities"]![0]!["text"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AShortReplyAfterALongOne_CarriesOnlyItsOwnJson(bool plain)
    {
        await WriteAsync(new ExpectedReplies([Reply(new string('x', 100_000), plain)]));

        var (bytes, response) = await WriteAsync(new ExpectedReplies([Reply("hola", plain)]), status: 201);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(bytes.Length, response.ContentLength);
        var json = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("xxx", json, StringComparison.Ordinal);
        Assert.Equal("hola", (string?)JObject.Parse(json)["activities"]![0]!["text"]);
        Assert.DoesNotContain('\n', json);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AReplyWithALoneSurrogate_IsValidUtf8_WithTheReplacementCharacter(bool plain)
    {
        var (bytes, response) = await WriteAsync(new ExpectedReplies([Reply("half \ud83d here", plain)]));

        Assert.Equal(bytes.Length, response.ContentLength);
        var json = JObject.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.Equal("half \ufffd here", (string?)json["activities"]![0]!["text"]);
    }

    private static Activity Reply(string text, bool plain)
    {
        var activity = (Activity)MessageFactory.Text(text);
        Assert.True(PlainReplyWriter.IsPlain(activity));
        if (!plain)
        {
            activity.ChannelData = new { notification = new { alert = true } };
        }

        return activity;
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
