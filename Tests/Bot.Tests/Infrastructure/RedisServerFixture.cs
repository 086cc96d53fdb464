using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;
using SupportBot.Tests.Shared;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>A throw-away <c>redis-server</c> on a free loopback port, without persistence, in its own temporary
/// directory; killed when the tests of the collection are done. Tests fail (never skip) when Redis is not installed.
/// The fault tests start their own persistent one (<see cref="StartPersistentAsync"/>: append-only file, fsync on every
/// write) and kill and restart it on the same port, so the data written before the crash is there after it.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] WellKnownDirectories = ["/usr/bin", "/usr/local/bin"];
    private const int StartAttempts = 3;

    private Process? _process;
    private string? _directory;
    private string? _executable;
    private bool _persistent;
    private ConnectionMultiplexer? _admin;

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    /// <summary>Starts a server that keeps its data in an append-only file, for tests that kill and restart it.</summary>
    public static async Task<RedisServerFixture> StartPersistentAsync()
    {
        var server = new RedisServerFixture { _persistent = true };
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Kills the server (SIGKILL: no goodbye to the clients, no final save) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The Redis server is not running.");
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the server again on the same port and directory (a persistent one reloads its data) and waits
    /// until it answers PING, which Redis only does once the data is loaded.</summary>
    public async Task RestartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The Redis server is still running.");
        }

        _process?.Dispose();
        _process = Start(_executable!, Port, _directory!, _persistent);
        await WaitUntilAnswersPingAsync(_process, Port);
    }

    public async Task InitializeAsync()
    {
        var executable = _executable = FindRedisServer() ?? throw new InvalidOperationException(
            "redis-server was not found on PATH, in /usr/bin or in /usr/local/bin. The storage tests run against a real " +
            "Redis server: run the test script (.ci/run), which installs it (apt-get install -y redis-server).");
        _directory = Directory.CreateTempSubdirectory("supportbot-redis-").FullName;

        // The free port can be taken between asking for it and redis-server binding it: then try another one.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            _process = Start(executable, Port, _directory, _persistent);
            try
            {
                await WaitUntilAnswersPingAsync(_process, Port);
                break;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && _process.HasExited)
            {
                _process.Dispose();
            }
        }

        _admin = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},allowAdmin=true");
    }

    /// <summary>A new connection to the server; the caller disposes it.</summary>
    public async Task<IConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync(ConnectionString);

    /// <summary>Removes every key.</summary>
    public Task FlushAsync()
    {
        var admin = _admin ?? throw new InvalidOperationException("The Redis server is not running.");
        return admin.GetServer(admin.GetEndPoints()[0]).FlushDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? FindRedisServer()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(WellKnownDirectories)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    internal static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static Process Start(string executable, int port, string directory, bool persistent)
    {
        var startInfo = new ProcessStartInfo(executable) { UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", string.Empty,
            "--appendonly", persistent ? "yes" : "no",
            "--appendfsync", "always",
            "--protected-mode", "yes",
            "--dir", directory,
            "--logfile", LogFile(directory),
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {executable}.");
    }

    private static string LogFile(string directory) => Path.Combine(directory, "redis.log");

    private async Task WaitUntilAnswersPingAsync(Process process, int port)
    {
        var deadline = DateTimeOffset.UtcNow + StartupTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"redis-server exited with code {process.ExitCode} before answering on port {port}. Log:\n{ReadLog()}");
            }

            if (await RedisPing.AnswersAsync(port))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"redis-server did not answer PING on port {port} within {StartupTimeout}. Log:\n{ReadLog()}");
    }

    private string ReadLog()
    {
        var log = _directory is null ? null : LogFile(_directory);
        return log is not null && File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }
}
