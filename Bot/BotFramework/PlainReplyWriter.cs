using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.BotFramework;

/// <summary>Writes the <c>expectReplies</c> body of a turn whose replies are plain messages (text, speech, an input
/// hint, suggested actions of text values; no cards, channel data, entities or times) without Json.NET's reflection.
/// Anything else declines, and the caller writes it with the Bot Framework's serializer. The JSON is the same document
/// the serializer writes (same names, same values, nulls left out, empty lists kept). HTML characters are not escaped
/// (nor are they by the serializer): the body is JSON for a channel, never HTML.</summary>
public static class PlainReplyWriter
{
    // Replies beyond this size are rare; their buffer is not kept for the next one.
    private const int KeptBufferBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The UTF-8 JSON of <paramref name="replies"/> in a pooled array (to return to <see cref="ArrayPool{T}.Shared"/>)
    /// and its length, or false when a reply is not plain.</summary>
    public static bool TryEncode(ExpectedReplies replies, out byte[] bytes, out int length)
    {
        ArgumentNullException.ThrowIfNull(replies);
        bytes = [];
        length = 0;
        if (replies.Activities is null || !replies.Activities.All(IsPlain))
        {
            return false;
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        // A lone UTF-16 surrogate comes out as U+FFFD, as it does from the serializer's text through UTF-8.
        Write(json, replies.Activities);
        json.Flush();

        length = buffer.WrittenCount;
        bytes = ArrayPool<byte>.Shared.Rent(length);
        buffer.WrittenSpan.CopyTo(bytes);
        if (buffer.Capacity > KeptBufferBytes)
        {
            t_buffer = null;
            t_writer = null;
        }

        return true;
    }

    /// <summary>Whether every field of <paramref name="activity"/> outside the ones written here is empty.</summary>
    public static bool IsPlain(Activity? activity)
        => activity is
           {
               Timestamp: null, LocalTimestamp: null, LocalTimezone: null, CallerId: null, AttachmentLayout: null,
               MembersAdded: null, MembersRemoved: null, ReactionsAdded: null, ReactionsRemoved: null, TopicName: null,
               HistoryDisclosed: null, Summary: null, ChannelData: null, Action: null, Label: null, ValueType: null,
               Value: null, Name: null, RelatesTo: null, Code: null, Expiration: null, Importance: null,
               DeliveryMode: null, ListenFor: null, TextHighlights: null, SemanticAction: null,
               Attachments: null or { Count: 0 }, Entities: null or { Count: 0 },
           }
           && IsEmpty(activity.Properties)
           && IsPlain(activity.From) && IsPlain(activity.Recipient)
           && (activity.Conversation is null || IsEmpty(activity.Conversation.Properties))
           && (activity.SuggestedActions is null || IsPlain(activity.SuggestedActions));

    private static bool IsPlain(ChannelAccount? account) => account is null || IsEmpty(account.Properties);

    private static bool IsPlain(SuggestedActions suggested)
        => suggested.Actions is not null
           && suggested.Actions.All(a => a is { Image: null, ImageAltText: null, ChannelData: null, Value: null or string })
           && (suggested.To is null || suggested.To.All(to => to is not null));

    private static bool IsEmpty(JObject? properties) => properties is null || !properties.HasValues;

    private static void Write(Utf8JsonWriter json, IList<Activity> activities)
    {
        json.WriteStartObject();
        json.WriteStartArray("activities");
        foreach (var activity in activities)
        {
            Write(json, activity);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, Activity activity)
    {
        json.WriteStartObject();
        String(json, "type", activity.Type);
        String(json, "id", activity.Id);
        String(json, "serviceUrl", activity.ServiceUrl);
        String(json, "channelId", activity.ChannelId);
        Account(json, "from", activity.From);
        if (activity.Conversation is { } conversation)
        {
            json.WriteStartObject("conversation");
            if (conversation.IsGroup is { } isGroup)
            {
                json.WriteBoolean("isGroup", isGroup);
            }

            String(json, "conversationType", conversation.ConversationType);
            String(json, "id", conversation.Id);
            String(json, "name", conversation.Name);
            String(json, "aadObjectId", conversation.AadObjectId);
            String(json, "role", conversation.Role);
            String(json, "tenantId", conversation.TenantId);
            json.WriteEndObject();
        }

        Account(json, "recipient", activity.Recipient);
        String(json, "textFormat", activity.TextFormat);
        String(json, "locale", activity.Locale);
        String(json, "text", activity.Text);
        String(json, "speak", activity.Speak);
        String(json, "inputHint", activity.InputHint);
        if (activity.SuggestedActions is { } suggested)
        {
            json.WriteStartObject("suggestedActions");
            if (suggested.To is { } to)
            {
                json.WriteStartArray("to");
                foreach (var id in to)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("actions");
            foreach (var action in suggested.Actions)
            {
                json.WriteStartObject();
                String(json, "type", action.Type);
                String(json, "title", action.Title);
                String(json, "text", action.Text);
                String(json, "displayText", action.DisplayText);
                String(json, "value", (string?)action.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        EmptyList(json, "attachments", activity.Attachments);
        EmptyList(json, "entities", activity.Entities);
        String(json, "replyToId", activity.ReplyToId);
        json.WriteEndObject();
    }

    private static void Account(Utf8JsonWriter json, string name, ChannelAccount? account)
    {
        if (account is null)
        {
            return;
        }

        json.WriteStartObject(name);
        String(json, "id", account.Id);
        String(json, "name", account.Name);
        String(json, "aadObjectId", account.AadObjectId);
        String(json, "role", account.Role);
        json.WriteEndObject();
    }

    private static void EmptyList<T>(Utf8JsonWriter json, string name, IList<T>? list)
    {
        if (list is not null)
        {
            json.WriteStartArray(name);
            json.WriteEndArray();
        }
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
