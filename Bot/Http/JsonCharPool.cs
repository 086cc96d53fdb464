using System.Buffers;
using Newtonsoft.Json;

namespace SupportBot.Bot.Http;

/// <summary>Json.NET's reader and writer buffers from the shared array pool instead of fresh arrays for every
/// activity read and every reply written.</summary>
public sealed class JsonCharPool : IArrayPool<char>
{
    /// <summary>The one instance.</summary>
    public static JsonCharPool Instance { get; } = new();

    private JsonCharPool()
    {
    }

    /// <inheritdoc />
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
