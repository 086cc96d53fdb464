using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SupportBot.Tests.Shared;

/// <summary>Whether a redis-server on a loopback port answers <c>PING</c>: how the tests and the load benchmark know a
/// server they started is ready. Compiled into both projects (linked source), so there is one copy.</summary>
internal static class RedisPing
{
    /// <summary>True when the server on <paramref name="port"/> answers <c>+PONG</c> within a second.</summary>
    public static async Task<bool> AnswersAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
