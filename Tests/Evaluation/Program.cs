using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Sentiment;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Evaluation;

// dotnet run --project Tests/Evaluation -- sentiment --data FILE [--provider offline|azure] [--errors]
const string Usage = "usage: dotnet run --project Tests/Evaluation -- sentiment --data FILE [--provider offline|azure] [--errors]";
try
{
    if (args.Length == 0 || args[0] != "sentiment")
    {
        throw new EvaluationException(Usage);
    }

    string? data = null;
    var provider = "offline";
    var showErrors = false;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--errors")
        {
            showErrors = true;
            continue;
        }

        var value = i + 1 < args.Length ? args[i + 1] : throw new EvaluationException($"{args[i]} needs a value. {Usage}");
        switch (args[i])
        {
            case "--data": data = value; break;
            case "--provider": provider = value; break;
            default: throw new EvaluationException($"unknown option {args[i]}. {Usage}");
        }

        i++;
    }

    if (data is null)
    {
        throw new EvaluationException($"--data is required. {Usage}");
    }

    if (!Enum.TryParse<SentimentProvider>(provider, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
    {
        throw new EvaluationException($"unknown provider '{provider}' (offline or azure).");
    }

    var rows = SentimentDataset.Load(data);

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
    await SentimentEvaluation.RunAsync(analyzer, rows, Console.Out, showErrors, CancellationToken.None);
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
