using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using SupportBot.Bot.TeamsApp;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>The <c>teams-package</c> command: the zip Teams takes (manifest with the configured bot id, its Spanish
/// localization, the two icons at Teams' sizes) and its refusals, in process and as the real program.</summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string BotId = "1b7a4f0e-3c55-4e2f-9b8a-6a2d1f0c9e11";
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Output => Path.Combine(_folder, "supportbot-teams.zip");

    private Dictionary<string, string?> Settings(string? appId = BotId) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["TeamsApp:BaseUrl"] = "https://supportbot.example.com/",
        ["TeamsApp:Version"] = "1.4.2",
        ["output"] = Output,
    };

    private static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TeamsPackageCommand.RunAsync(configuration, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static JsonNode Json(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        return JsonNode.Parse(stream)!;
    }

    private static byte[] Bytes(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Width, height, bit depth, colour type and the RGBA rows of a PNG as the command writes it (filter 0 rows),
    /// checking the signature and every chunk's CRC.</summary>
    private static (int Width, int Height, int Depth, int ColourType, byte[] Pixels) DecodePng(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        var at = 8;
        using var data = new MemoryStream();
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            // Every chunk's CRC covers its type and data: a viewer (and Teams) rejects the image otherwise.
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(at + 4, length + 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                data.Write(png, at + 8, length);
            }

            at += length + 12;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var rows = inflated.ToArray();
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, rows[y * ((width * 4) + 1)]);
            Array.Copy(rows, (y * ((width * 4) + 1)) + 1, pixels, y * width * 4, width * 4);
        }

        return (width, height, png[24], png[25], pixels);
    }

    [Fact]
    public async Task Package_HoldsTheManifestWithTheBotId_ItsSpanishLocalization_AndBothIcons()
    {
        var (code, said, error) = await RunAsync(Settings());
        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains(Output, said, StringComparison.Ordinal);

        using var zip = ZipFile.OpenRead(Output);
        Assert.Equal(["color.png", "es.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        var manifest = Json(zip, "manifest.json");
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal("1.16", (string?)manifest["manifestVersion"]);
        Assert.Equal(BotId, (string?)manifest["id"]);
        Assert.Equal("1.4.2", (string?)manifest["version"]);
        var bot = manifest["bots"]![0]!;
        Assert.Equal(BotId, (string?)bot["botId"]);
        Assert.Equal(["personal", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["supportbot.example.com"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("https://supportbot.example.com/", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(("color.png", "outline.png"), ((string?)manifest["icons"]!["color"], (string?)manifest["icons"]!["outline"]));

        // Spanish: every localizable string of the manifest, the commands included, has its translation.
        var spanish = manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Single();
        Assert.Equal(("es", "es.json"), ((string?)spanish!["languageTag"], (string?)spanish["file"]));
        var es = Json(zip, "es.json").AsObject();
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.Localization.schema.json", (string?)es["$schema"]);
        foreach (var key in new[] { "name.short", "name.full", "description.short", "description.full" })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)es[key]), key);
        }

        var commands = bot["commandLists"]![0]!["commands"]!.AsArray();
        Assert.InRange(commands.Count, 1, 10);
        for (var i = 0; i < commands.Count; i++)
        {
            var title = (string?)es[$"bots[0].commandLists[0].commands[{i}].title"];
            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.NotEqual((string?)commands[i]!["title"], title);
            Assert.False(string.IsNullOrWhiteSpace((string?)es[$"bots[0].commandLists[0].commands[{i}].description"]));
        }

        Assert.DoesNotContain(es, pair => pair.Key.StartsWith("bots[0].commandLists[0].commands[" + commands.Count, StringComparison.Ordinal));

        // Icons: 192×192 colour, opaque; 32×32 outline, white on transparent.
        var color = DecodePng(Bytes(zip, "color.png"));
        Assert.Equal((192, 192, 8, 6), (color.Width, color.Height, color.Depth, color.ColourType));
        Assert.All(color.Pixels.Where((_, i) => i % 4 == 3), alpha => Assert.Equal(255, alpha));
        var outline = DecodePng(Bytes(zip, "outline.png"));
        Assert.Equal((32, 32, 8, 6), (outline.Width, outline.Height, outline.Depth, outline.ColourType));
        var drawn = Enumerable.Range(0, 32 * 32).Where(p => outline.Pixels[(p * 4) + 3] > 0).ToList();
        Assert.InRange(drawn.Count, 50, 600);
        Assert.All(drawn, p => Assert.Equal((255, 255, 255), (outline.Pixels[p * 4], outline.Pixels[(p * 4) + 1], outline.Pixels[(p * 4) + 2])));
        Assert.Equal(0, outline.Pixels[3]);
    }

    [Fact]
    public async Task Package_IsTheSameForTheSameSettings_AndUsesTeamsAppAppIdWhenSet()
    {
        Assert.Equal(0, (await RunAsync(Settings())).Code);
        var first = await File.ReadAllBytesAsync(Output);
        Assert.Equal(0, (await RunAsync(Settings())).Code);
        Assert.Equal(first, await File.ReadAllBytesAsync(Output));

        var settings = Settings();
        settings["TeamsApp:AppId"] = "0d6f1c8e-9a2b-4c3d-8e7f-112233445566";
        Assert.Equal(0, (await RunAsync(settings)).Code);
        using var zip = ZipFile.OpenRead(Output);
        var manifest = Json(zip, "manifest.json");
        Assert.Equal(("0d6f1c8e-9a2b-4c3d-8e7f-112233445566", BotId), ((string?)manifest["id"], (string?)manifest["bots"]![0]!["botId"]));
    }

    [Fact]
    public async Task WithTheAgentsTeamsChannel_TheBotIsOfferedToTeamsToo()
    {
        var settings = Settings();
        settings["Teams:ChannelId"] = "19:retention0agents@thread.tacv2";
        Assert.Equal(0, (await RunAsync(settings)).Code);
        using var zip = ZipFile.OpenRead(Output);
        var bot = Json(zip, "manifest.json")["bots"]![0]!;
        Assert.Equal(["personal", "groupChat", "team"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["personal", "groupChat"], bot["commandLists"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("SupportBot: after-sale support", (string?)Json(zip, "manifest.json")["name"]!["full"]);
    }

    [Theory]
    [InlineData(null, "MicrosoftAppId is not set")]
    [InlineData("", "MicrosoftAppId is not set")]
    [InlineData("supportbot-app", "is not a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "is not a GUID")]
    public async Task MissingOrInvalidAppId_IsRefused_AndNothingIsWritten(string? appId, string reason)
    {
        var (code, _, error) = await RunAsync(Settings(appId));
        Assert.Equal(1, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Theory]
    [InlineData("TeamsApp:BaseUrl", null, "TeamsApp:BaseUrl must be set")]
    [InlineData("TeamsApp:BaseUrl", "http://supportbot.example.com", "TeamsApp:BaseUrl must be an absolute https URL")]
    [InlineData("TeamsApp:Version", "1.0", "TeamsApp:Version must look like 1.0.0")]
    [InlineData("TeamsApp:AppId", "teams-app", "TeamsApp:AppId must be a GUID")]
    public async Task InvalidTeamsAppSettings_AreRefusedWithTheKeyToFix(string key, string? value, string reason)
    {
        var settings = Settings();
        settings[key] = value;
        var (code, _, error) = await RunAsync(settings);
        Assert.Equal(1, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Theory]
    [InlineData("not-a-guid", 1)]
    [InlineData(BotId, 0)]
    public async Task TheProgram_WritesThePackageAndExits_WithoutStartingTheWebHost(string appId, int expectedExitCode)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "SupportBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { program, "teams-package", "--output", Output, "--MicrosoftAppId", appId, "--TeamsApp:BaseUrl", "https://supportbot.example.com" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("MicrosoftAppId");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A started web host would never exit: the guard fails the test instead of hanging it.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(guard.Token);
        Assert.Equal(expectedExitCode, process.ExitCode);
        Assert.Equal(expectedExitCode == 0, File.Exists(Output));
        Assert.Contains(expectedExitCode == 0 ? "Wrote " : "is not a GUID", expectedExitCode == 0 ? await stdout : await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", await stdout, StringComparison.Ordinal);
    }
}
