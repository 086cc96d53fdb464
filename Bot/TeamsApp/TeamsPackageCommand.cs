using Microsoft.Extensions.Options;

namespace SupportBot.Bot.TeamsApp;

/// <summary><c>teams-package [--output file.zip]</c>: writes the Teams app package for this bot and exits, without
/// starting the web host. Reads the configuration the bot itself would (appsettings, environment, command line):
/// <c>MicrosoftAppId</c> (required, a GUID), the <c>TeamsApp</c> section, and <c>Teams:ChannelId</c> (when set, the
/// bot's scopes include <c>team</c> for the agents' channel). Exit codes: 0 written, 1 configuration
/// refused (the reason on standard error), 2 the file could not be written.</summary>
public static class TeamsPackageCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "teams-package";

    /// <summary>The file written when <c>--output</c> is not given.</summary>
    public const string DefaultOutput = "supportbot-teams.zip";

    /// <summary>Whether the arguments ask for this command.</summary>
    public static bool Handles(string[] args) => args is [Name, ..];

    /// <summary>Runs the command from the program's arguments.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        IConfiguration configuration;
        try
        {
            // The same sources the web host reads, and nothing started.
            configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[1..] }).Configuration;
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync("teams-package: " + e.Message + " Usage: teams-package [--output file.zip] [--MicrosoftAppId <guid>] [--TeamsApp:BaseUrl https://…]");
            return 1;
        }

        return await RunAsync(configuration, output, error, cancellationToken);
    }

    /// <summary>Runs the command with a configuration (<c>output</c> is the file to write).</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            await error.WriteLineAsync(
                "teams-package: MicrosoftAppId is not set. The manifest's bot id is the Microsoft App ID of the Azure Bot resource: "
                + "set it in appsettings, as the environment variable MicrosoftAppId, or with --MicrosoftAppId <guid>.");
            return 1;
        }

        if (!Guid.TryParse(appId, out var botId) || botId == Guid.Empty)
        {
            await error.WriteLineAsync(
                $"teams-package: MicrosoftAppId '{appId}' is not a GUID. Use the Microsoft App ID of the Azure Bot resource "
                + "(e.g. 00000000-0000-0000-0000-000000000000 with your own digits).");
            return 1;
        }

        TeamsAppOptions options;
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddOptions<TeamsAppOptions>().BindConfiguration(TeamsAppOptions.SectionName).ValidateDataAnnotations();
        await using (var provider = services.BuildServiceProvider())
        {
            try
            {
                options = provider.GetRequiredService<IOptions<TeamsAppOptions>>().Value;
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures)
                {
                    await error.WriteLineAsync("teams-package: " + failure);
                }

                return 1;
            }
        }

        var path = Path.GetFullPath(configuration["output"] is { Length: > 0 } given ? given : DefaultOutput);
        // The agents' channel (Teams:ChannelId) needs the app in their team too.
        var agentsTeam = !string.IsNullOrWhiteSpace(configuration["Teams:ChannelId"]);
        var package = TeamsAppPackage.Build(botId, options, agentsTeam);
        var partial = path + ".part";
        try
        {
            await File.WriteAllBytesAsync(partial, package, cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"teams-package: could not write {path}: {e.Message}");
            return 2;
        }

        await output.WriteLineAsync($"Wrote {path} (bot {botId:D}, version {options.Version}): upload it in Teams (Apps → Manage your apps → Upload an app).");
        return 0;
    }
}
