using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Engine;

public sealed class OrderFeedback
{
    public string? Name { get; set; }

    public int? Rating { get; set; }

    public List<string> Visited { get; set; } = [];
}

/// <summary>Asks a name, then a rating, then says both back and ends with the rating.</summary>
internal sealed class FeedbackWaterfall : WaterfallDialog<OrderFeedback>
{
    public const string DialogId = "feedback";

    public override string Id => DialogId;

    public int VersionOverride { get; init; } = 1;

    public override int Version => VersionOverride;

    protected override IReadOnlyList<WaterfallStep<OrderFeedback>> Steps => [AskNameAsync, AskRatingAsync, SummariseAsync];

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext<OrderFeedback> step, CancellationToken ct)
    {
        step.State.Visited.Add("name");
        return step.State.Name is null
            ? step.PromptAsync(TextPrompt.DefaultId, new PromptOptions { Prompt = new LocalizedText("¿Nombre?", "Name?") }, ct)
            : step.NextAsync(step.State.Name, ct);
    }

    private static Task<DialogTurnResult> AskRatingAsync(WaterfallStepContext<OrderFeedback> step, CancellationToken ct)
    {
        step.State.Visited.Add("rating");
        step.State.Name = step.TryGetResult<string>(out var name) ? name : "?";
        return step.PromptAsync(RatingPrompt.DefaultId, new PromptOptions
        {
            Prompt = new LocalizedText("¿Nota?", "Rating?"),
            Retry = new LocalizedText("Del 1 al 5.", "From 1 to 5."),
            MaxRetries = 1,
        }, ct);
    }

    private static async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext<OrderFeedback> step, CancellationToken ct)
    {
        step.State.Visited.Add("summary");
        if (!step.TryGetResult<int>(out var rating))
        {
            await step.SendAsync("sin nota", ct);
            return await step.EndAsync(ct);
        }

        step.State.Rating = rating;
        await step.SendAsync($"{step.State.Name}:{rating}:{string.Join(',', step.State.Visited)}", ct);
        return await step.EndAsync(rating, ct);
    }
}

/// <summary>Root: begins the feedback waterfall and reports the child's typed outcome.</summary>
internal sealed class RootDialog : WaterfallDialog<NoState>
{
    public override string Id => EngineHarness.RootId;

    protected override IReadOnlyList<WaterfallStep<NoState>> Steps => [StartAsync, ReportAsync];

    private static Task<DialogTurnResult> StartAsync(WaterfallStepContext<NoState> step, CancellationToken ct)
        => step.BeginDialogAsync(FeedbackWaterfall.DialogId, ct);

    private static async Task<DialogTurnResult> ReportAsync(WaterfallStepContext<NoState> step, CancellationToken ct)
    {
        await step.SendAsync(step.TryGetResult<int>(out var rating) ? $"root got {rating}" : "root got nothing", ct);
        return await step.EndAsync(ct);
    }
}

/// <summary>Begins itself forever: only the depth limit stops it.</summary>
internal sealed class RecursiveDialog : Dialog
{
    public override string Id => EngineHarness.RootId;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(EngineHarness.RootId, cancellationToken);

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(EngineHarness.RootId, cancellationToken);
}

/// <summary>"stop" anywhere: cancels everything.</summary>
internal sealed class StopInterrupt : IInterrupt
{
    public bool Matches(DialogContext dc, string normalizedText) => normalizedText == "stop";

    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.CancelAllDialogs();
        await dc.SendAsync("stopped", cancellationToken);
        return dc.Wait();
    }
}

/// <summary>"again": repeats the pending question.</summary>
internal sealed class AgainInterrupt : IInterrupt
{
    public bool Matches(DialogContext dc, string normalizedText) => normalizedText == "again";

    public async Task<DialogTurnResult> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.RepromptDialogAsync(cancellationToken);
        return dc.Wait();
    }
}
