using System.Diagnostics;
using SupportBot.LoadTest;

// dotnet run -c Release --project Tests/LoadTest -- [--conversations 100] [--duration 30s] [--target URL] ...
// Progress goes to stderr; the report (Markdown) to stdout. Exit code: 0 no errors, 1 errors, 2 could not run.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

LoadTestOptions options;
try
{
    options = LoadTestOptions.Parse(args);
}
catch (LoadTestException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

var progress = Console.Error;
if (RepositoryLayout.Configuration != "Release" && options.Target is null)
{
    await progress.WriteLineAsync("warning: a Debug build; run with -c Release for figures that mean something.");
}

LocalServers? servers = null;
try
{
    if (options.Target is null)
    {
        servers = await LocalServers.StartAsync(options, progress, stop.Token);
    }

    var surveyUrl = options.Target ?? servers!.SurveyBot;
    var echoUrl = options.EchoTarget ?? servers?.EchoBot;
    using var surveyClient = new BotClient(surveyUrl, options.Timeout);
    using var echoClient = echoUrl is null ? null : new BotClient(echoUrl, options.Timeout);
    var bots = new List<(string Name, BotClient Client, IReadOnlyList<ConversationScript> Scripts, Process? Process)>
    {
        ("survey", surveyClient, ConversationScript.Surveys, servers?.SurveyBotProcess),
    };
    if (echoClient is not null)
    {
        bots.Add(("echo", echoClient, ConversationScript.Echoes, options.EchoTarget is null ? servers?.EchoBotProcess : null));
    }

    async Task<PhaseResult> RunAsync(PhaseSpec spec, (string Name, BotClient Client, IReadOnlyList<ConversationScript> Scripts, Process? Process) bot)
    {
        await progress.WriteLineAsync($"{spec.Phase} {spec.Bot}: {spec.Conversations} conversations, think time {spec.ThinkTime}, {spec.Duration.TotalSeconds:0.#} s ...");
        var result = await LoadPhase.RunAsync(bot.Client, spec, bot.Scripts, bot.Process, stop.Token);
        await progress.WriteLineAsync($"  {result.Turns} turns, {result.TurnsPerSecond:0.0} turns/s, p99 {result.Percentile(99):0.0} ms, {result.ErrorCount} errors, load {result.LoadAverage}");
        return result;
    }

    // Warm-up (not measured): a few conversations first so the first requests JIT without a burst, then the full load.
    if (options.Warmup > TimeSpan.Zero)
    {
        foreach (var bot in bots)
        {
            await RunAsync(new("warm-up", bot.Name, Math.Min(10, options.SaturationConversations), options.Warmup / 2, TimeSpan.Zero, TimeSpan.Zero), bot);
            await RunAsync(new("warm-up", bot.Name, options.SaturationConversations, options.Warmup / 2, TimeSpan.Zero, TimeSpan.Zero), bot);
        }
    }

    var results = new List<PhaseResult>();
    foreach (var (phase, conversations, min, max) in new[]
             {
                 ("saturation", options.SaturationConversations, TimeSpan.Zero, TimeSpan.Zero),
                 ("paced", options.Conversations, options.ThinkMin, options.ThinkMax),
             }.Where(p => options.Phases.Contains(p.Item1)))
    {
        // The bots take turns in slices, so a burst of load from elsewhere on the machine hits both alike.
        var totals = new PhaseResult?[bots.Count];
        for (var round = 0; round < options.Rounds; round++)
        {
            for (var i = 0; i < bots.Count; i++)
            {
                var slice = await RunAsync(new(phase, bots[i].Name, conversations, options.Duration / options.Rounds, min, max), bots[i]);
                totals[i] = totals[i]?.Add(slice) ?? slice;
            }
        }

        results.AddRange(totals.OfType<PhaseResult>());
    }

    var described = options.Target is null
        ? "SupportBot started by the load test, every store on a throw-away redis-server; baseline echo bot started alongside"
        : $"{options.Target}" + (options.EchoTarget is null ? " (no baseline)" : $", baseline {options.EchoTarget}");
    Report.Write(Console.Out, options, described, results, TimeProvider.System);
    return results.Sum(r => r.ErrorCount) == 0 ? 0 : 1;
}
catch (LoadTestException e)
{
    await progress.WriteLineAsync(e.Message);
    return 2;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    await progress.WriteLineAsync("stopped.");
    return 2;
}
finally
{
    if (servers is not null)
    {
        await servers.DisposeAsync();
    }
}
