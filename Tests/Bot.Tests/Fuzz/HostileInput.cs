using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Fuzz;

/// <summary>A seeded source of hostile input: JSON values of random shapes, huge strings, deep nesting, wrong types,
/// unicode edge cases (lone surrogates, NUL, RTL overrides, zero-width, combining marks, emoji), script and HTML
/// payloads, serializer-directive and prototype-pollution keys, huge numbers, duplicate keys, truncated and non-UTF-8
/// bodies. The same seed gives the same input.</summary>
public sealed class HostileInput(int seed)
{
    /// <summary>Payloads that must never come back as live markup.</summary>
    public static readonly string[] ScriptPayloads =
    [
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "\"><iframe src=javascript:alert(1)>",
        "javascript:alert(document.cookie)",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
    ];

    private static readonly string[] Oddities =
    [
        "\0", "a\0b", "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
        "👍🏽👨‍👩‍👧‍👦🏳️‍🌈", "\uD800", "x\uDC00y", "\uFFFF\uFFFE", "\r\n\t\v\f", "ñandú ÁÉÍÓÚ ü", "日本語テキスト", "مرحبا",
        "{0}{1}{999}", "%s%n%x", "${jndi:ldap://127.0.0.1:9/a}", "{{7*7}}", "'; DROP TABLE surveys;--", "../../../../etc/passwd",
        "%00%2e%2e%2f", "\\u0000", "null", "true", "NaN", "-0", "1e999999", "0x7fffffff", "🤖" + new string('\u0300', 200),
        " ", "", "ayuda", "cancelar", "humano", "agent", "1", "10", "sí", "no",
    ];

    private static readonly string[] HostileKeys =
    [
        "__proto__", "constructor", "prototype", "$type", "$ref", "$id", "$values", "", " ", "\0", "a.b", "toString", "hasOwnProperty",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A string that is one of the edge cases, a script payload, a random mixture or a huge one.</summary>
    public string Text()
    {
        return _random.Next(10) switch
        {
            0 or 1 => Pick(Oddities),
            2 or 3 => Pick(ScriptPayloads),
            4 => new string(Pick(['a', 'ñ', '<', '\u200B', '"']), _random.Next(1_000, 70_000)),
            5 => string.Concat(Enumerable.Range(0, _random.Next(1, 8)).Select(_ => Pick(Oddities) + Pick(ScriptPayloads))),
            6 => RandomChars(_random.Next(0, 64)),
            _ => Pick(Oddities) + RandomChars(_random.Next(0, 16)),
        };
    }

    /// <summary>Any JSON value, up to <paramref name="depth"/> levels of containers.</summary>
    public JToken Value(int depth = 3)
    {
        var kind = _random.Next(depth <= 0 ? 6 : 9);
        return kind switch
        {
            0 => JValue.CreateNull(),
            1 => new JValue(Chance(0.5)),
            2 => Number(),
            3 or 4 or 5 => new JValue(Text()),
            6 or 7 => JsonObject(depth - 1),
            _ => new JArray(Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Value(depth - 1))),
        };
    }

    public JObject JsonObject(int depth = 2)
    {
        var obj = new JObject();
        for (var i = _random.Next(0, 6); i > 0; i--)
        {
            obj[Chance(0.3) ? Pick(HostileKeys) : Pick(Oddities) + i.ToString(CultureInfo.InvariantCulture)] = Value(depth);
        }

        return obj;
    }

    public JValue Number() => _random.Next(7) switch
    {
        0 => new JValue(long.MaxValue),
        1 => new JValue(long.MinValue),
        2 => new JValue(double.MaxValue),
        3 => new JValue(-1),
        4 => new JValue(0.5),
        5 => new JValue(decimal.MaxValue),
        _ => new JValue(_random.Next()),
    };

    /// <summary>A number too large for any .NET number type, as raw JSON text.</summary>
    public string HugeNumberLiteral() => "9" + new string('9', _random.Next(30, 400)) + (Chance(0.5) ? "e99999" : string.Empty);

    /// <summary><paramref name="levels"/> nested arrays or objects, as raw JSON text.</summary>
    public static string DeepNesting(int levels, bool objects)
        => objects
            ? string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels)
            : new string('[', levels) + new string(']', levels);

    /// <summary>Raw bodies a JSON serializer would never write.</summary>
    public byte[] MalformedBody(string validJson)
    {
        switch (_random.Next(10))
        {
            case 0:
                return Encoding.UTF8.GetBytes(validJson[..Math.Max(1, _random.Next(validJson.Length))]);
            case 1:
                return Encoding.UTF8.GetBytes(DeepNesting(_random.Next(100, 20_000), Chance(0.5)));
            case 2:
                // Duplicate keys: the second "type" (or "conversation") contradicts the first.
                return Encoding.UTF8.GetBytes(validJson.Insert(1, "\"type\":\"invoke\",\"conversation\":{\"id\":\"other\"},\"text\":1,"));
            case 3:
                return [.. Encoding.UTF8.GetBytes(validJson[..(validJson.Length / 2)]), 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"}")];
            case 4:
                return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(validJson)];
            case 5:
                return Encoding.Unicode.GetBytes(validJson);
            case 6:
                return Encoding.UTF8.GetBytes(validJson.Replace("\"text\":", "\"text\":" + HugeNumberLiteral() + ",\"x\":", StringComparison.Ordinal));
            case 7:
                var bytes = new byte[_random.Next(1, 4096)];
                _random.NextBytes(bytes);
                return bytes;
            case 8:
                return Encoding.UTF8.GetBytes(_random.Next(5) switch
                {
                    0 => "null",
                    1 => "[]",
                    2 => "\"just a string\"",
                    3 => "12345",
                    _ => "{\"a\":1}{\"b\":2}",
                });
            default:
                return Encoding.UTF8.GetBytes(validJson.Replace("\"", "'", StringComparison.Ordinal));
        }
    }

    /// <summary>A content type, usually JSON, sometimes not.</summary>
    public string? ContentType() => _random.Next(14) switch
    {
        0 => null,
        1 => "text/plain",
        2 => "application/x-www-form-urlencoded",
        3 => "multipart/form-data; boundary=x",
        4 => "application/json; charset=utf-16",
        5 => "application/xml",
        6 => "application/vnd.api+json",
        _ => "application/json",
    };

    /// <summary>A path segment or query value: an id that may be hostile, percent-encoded (sometimes as bytes that are
    /// not UTF-8 at all).</summary>
    public string Segment()
    {
        var text = Chance(0.2) ? "x" : Text();
        var bytes = Encoding.UTF8.GetBytes(text.Length > 300 ? text[..300] : text);
        var encoded = new StringBuilder();
        foreach (var b in bytes)
        {
            encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return (Chance(0.1) ? "%ED%A0%80%FF" : string.Empty) + (encoded.Length == 0 ? "%20" : encoded.ToString());
    }

    private string RandomChars(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)_random.Next(0, 0x10000));
        }

        return builder.ToString();
    }
}
