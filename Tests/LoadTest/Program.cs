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

LocalServers? stack = null;
try
{
    if (options.Target is null)
    {
        stack = await LocalServers.StartAsync(options, progress, stop.Token);
    }

    var surveyUrl = options.Target ?? stack!.SurveyBot;
    var echoUrl = options.EchoTarget ?? stack?.EchoBot;
    using var surveyBot = new BotClient(surveyUrl, options.Timeout);
    using var echoBot = echoUrl is null ? null : new BotClient(echoUrl, options.Timeout);

    var plan = new List<(PhaseSpec Spec, BotClient Client, IReadOnlyList<ConversationScript> Scripts, bool Measured)>();
    foreach (var (name, client, scripts) in new[] { ("survey", surveyBot, ConversationScript.Surveys), ("echo", echoBot, ConversationScript.Echoes) })
    {
        if (client is not null && options.Warmup > TimeSpan.Zero)
        {
            plan.Add((new("warm-up", name, options.SaturationConversations, options.Warmup, TimeSpan.Zero, TimeSpan.Zero), client, scripts, false));
        }
    }

    foreach (var (phase, conversations, min, max) in new[]
             {
                 ("saturation", options.SaturationConversations, TimeSpan.Zero, TimeSpan.Zero),
                 ("paced", options.Conversations, options.ThinkMin, options.ThinkMax),
             })
    {
        plan.Add((new(phase, "survey", conversations, options.Duration, min, max), surveyBot, ConversationScript.Surveys, true));
        if (echoBot is not null)
        {
            plan.Add((new(phase, "echo", conversations, options.Duration, min, max), echoBot, ConversationScript.Echoes, true));
        }
    }

    var results = new List<PhaseResult>();
    foreach (var (spec, client, scripts, measured) in plan)
    {
        await progress.WriteLineAsync($"{spec.Phase} {spec.Bot}: {spec.Conversations} conversations, think time {spec.ThinkTime}, {spec.Duration.TotalSeconds:0.#} s ...");
        var result = await LoadPhase.RunAsync(client, spec, scripts, stop.Token);
        await progress.WriteLineAsync($"  {result.Turns} turns, {result.TurnsPerSecond:0.0} turns/s, p99 {result.Percentile(99):0.0} ms, {result.ErrorCount} errors");
        if (measured)
        {
            results.Add(result);
        }
    }

    var bot = options.Target is null
        ? "SupportBot started by the load test, every store on a throw-away redis-server; baseline echo bot started alongside"
        : $"{options.Target}" + (options.EchoTarget is null ? " (no baseline)" : $", baseline {options.EchoTarget}");
    Report.Write(Console.Out, options, bot, results, TimeProvider.System);
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
    if (stack is not null)
    {
        await stack.DisposeAsync();
    }
}
