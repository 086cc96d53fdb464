using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Sentiment;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Evaluation;

// dotnet run --project Tests/Evaluation -- sentiment --data FILE [--provider offline|azure] [--errors]
// dotnet run --project Tests/Evaluation -- intents --data FILE [--errors]
const string SentimentUsage = "dotnet run --project Tests/Evaluation -- sentiment --data FILE [--provider offline|azure] [--errors]";
const string IntentsUsage = "dotnet run --project Tests/Evaluation -- intents --data FILE [--errors]";
const string Usage = "usage: " + SentimentUsage + " | " + IntentsUsage;
try
{
    var verb = args.Length > 0 ? args[0] : string.Empty;
    if (verb == "intents")
    {
        var command = CommandLine.Parse(args, ["--data"], ["--errors"], "usage: " + IntentsUsage);
        var rows = IntentDataset.Load(command.Required("--data", "usage: " + IntentsUsage));
        IntentEvaluation.Run(rows, Console.Out, command.Has("--errors"));
        return 0;
    }

    if (verb != "sentiment")
    {
        throw new EvaluationException(Usage);
    }

    var sentiment = CommandLine.Parse(args, ["--data", "--provider"], ["--errors"], "usage: " + SentimentUsage);
    var data = sentiment.Required("--data", "usage: " + SentimentUsage);
    var provider = sentiment.Optional("--provider", "offline");
    if (!Enum.TryParse<SentimentProvider>(provider, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
    {
        throw new EvaluationException($"unknown provider '{provider}' (offline or azure).");
    }

    var labelled = SentimentDataset.Load(data);

    // The product's own composition: appsettings and environment variables (e.g. Azure settings), then --provider.
    var configuration = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddInMemoryCollection([new($"{SentimentOptions.SectionName}:{nameof(SentimentOptions.Provider)}", chosen.ToString())])
        .Build();
    var services = new ServiceCollection()
        .AddSingleton<IConfiguration>(configuration)
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddDistributedMemoryCache()
        .AddSentiment(configuration);
    await using var provided = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    _ = provided.GetRequiredService<IOptions<SentimentOptions>>().Value;
    var loading = System.Diagnostics.Stopwatch.StartNew();
    var analyzer = provided.GetRequiredService<ISentimentAnalyzer>();
    Console.WriteLine($"analyzer ready in {loading.Elapsed.TotalMilliseconds:F0} ms");
    await SentimentEvaluation.RunAsync(analyzer, labelled, Console.Out, sentiment.Has("--errors"), CancellationToken.None);
    return 0;
}
catch (EvaluationException e)
{
    await Console.Error.WriteLineAsync("error: " + e.Message);
    return 2;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync("error: configuration: " + string.Join("; ", e.Failures));
    return 3;
}
