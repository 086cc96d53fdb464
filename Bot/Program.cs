using SupportBot.Bot.Hosting;
using SupportBot.Bot.TeamsApp;

// "teams-package": writes the Teams app zip and exits; the web host is not started.
if (TeamsPackageCommand.Handles(args))
{
    return await TeamsPackageCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSupportBot();

var app = builder.Build();
app.MapSupportBot();
await app.RunAsync();
return 0;

/// <summary>Entry point; partial so tests can reference the assembly's program.</summary>
public partial class Program;
