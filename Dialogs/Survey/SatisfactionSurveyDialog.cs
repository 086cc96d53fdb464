using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Survey;

/// <summary>The satisfaction survey: CSAT, NPS, "why?", aspects, then thanks or an honest hand-over to a person.
/// Every answer is saved to the survey store before the bot replies, so nothing accepted is lost; an unfinished
/// survey resumes at its next question within the resume window. A step that runs the next one in the same turn hands
/// it the record it holds (as its result), so a turn reads the record from the store at most once.</summary>
public sealed class SatisfactionSurveyDialog(
    ISurveyStore store,
    ISentimentAnalyzer sentiment,
    IEscalationGateway escalation,
    IOrderLookup orders,
    EscalationPolicy policy,
    SurveySettings settings,
    StateAccessors state,
    ISurveyMetrics metrics,
    TimeProvider time) : WaterfallDialog<SurveyState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "survey";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<SurveyState>> Steps =>
        [StartAsync, AfterCsatAsync, AfterNpsAsync, AfterCommentAsync, FinishAsync];

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        var customerId = CustomerIdentity.Of(step.Context);
        var order = step.State.OrderId is { } orderId ? await FindOrderAsync(step, customerId, orderId, cancellationToken) : null;
        var now = time.GetUtcNow();
        // Both reads at once: one trip to the store instead of two before the first question.
        var history = store.ListByCustomerAsync(customerId, cancellationToken);
        var optedOut = store.IsOptedOutAsync(customerId, cancellationToken);
        await Task.WhenAll(history, optedOut);
        var eligibility = SurveyEligibility.Decide(
            await history,
            await optedOut,
            order?.OrderId,
            now,
            settings);
        foreach (var stale in eligibility.Expired)
        {
            stale.Status = SurveyStatus.Expired;
            await store.SaveAsync(stale, cancellationToken);
        }

        switch (eligibility.Kind)
        {
            case SurveyEligibilityKind.OptedOut:
                return await EndWithAsync(step, step.Texts.SurveyOptedOut, cancellationToken);
            case SurveyEligibilityKind.AlreadyAnswered:
                return await EndWithAsync(step, step.Texts.SurveyAlreadyAnswered(eligibility.Record!.OrderId!), cancellationToken);
            case SurveyEligibilityKind.Throttled:
                return await EndWithAsync(step, step.Texts.SurveyThrottled, cancellationToken);
            case SurveyEligibilityKind.Resume:
                step.State.SurveyId = eligibility.Record!.Id;
                await step.SendAsync(step.Texts.SurveyResumed, cancellationToken);
                return await AskCsatAsync(step, eligibility.Record, cancellationToken);
        }

        var record = new SurveyRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            CustomerId = customerId,
            ChannelId = step.Context.Activity.ChannelId,
            Language = step.Language,
            OrderId = order?.OrderId,
            Product = order?.Product,
            Status = SurveyStatus.InProgress,
            NextStep = SurveyStep.Csat,
            StartedAt = now,
            UpdatedAt = now,
        };
        await store.SaveAsync(record, cancellationToken);
        metrics.SurveyStarted(record);
        step.State.SurveyId = record.Id;
        await step.SendAsync(
            order is null ? step.Texts.SurveyIntro : step.Texts.SurveyIntroOrder(order.OrderId, order.Product, order.DeliveredOn),
            cancellationToken);
        return await AskCsatAsync(step, record, cancellationToken);
    }

    /// <summary>The order, when it belongs to the customer the shop vouched for (a signed link) or to the channel's user.</summary>
    private async Task<OrderSummary?> FindOrderAsync(
        WaterfallStepContext<SurveyState> step, string customerId, string orderId, CancellationToken cancellationToken)
    {
        var profile = await state.UserProfile.GetAsync(step.Context, () => new UserProfile(), cancellationToken);
        return (profile.VerifiedCustomerId is { } verified ? await orders.FindAsync(verified, orderId, cancellationToken) : null)
               ?? await orders.FindAsync(customerId, orderId, cancellationToken);
    }

    private static Task<DialogTurnResult> AskCsatAsync(WaterfallStepContext<SurveyState> step, SurveyRecord record, CancellationToken cancellationToken)
        => record.Csat is null
            ? step.PromptAsync(RatingPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.SurveyAskCsat) }, cancellationToken)
            : step.NextAsync(record, cancellationToken);

    private async Task<DialogTurnResult> AfterCsatAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(step, cancellationToken);
        if (step.TryGetResult<int>(out var csat))
        {
            record.Csat = csat;
            if (policy.IsLowScore(csat, nps: null) && SaidInWords(step))
            {
                step.State.NegativeTurns++;
            }

            await SaveAsync(record, settings.NpsEnabled ? SurveyStep.Nps : SurveyStep.Comment, cancellationToken);
        }
        else if (record.Csat is null)
        {
            return await AbandonAsync(step, record, cancellationToken);
        }

        return settings.NpsEnabled && record.Nps is null
            ? await step.PromptAsync(NumberPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.SurveyAskNps) }, cancellationToken)
            : await step.NextAsync(record, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterNpsAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(step, cancellationToken);
        if (step.TryGetResult<int>(out var nps))
        {
            record.Nps = nps;
            await SaveAsync(record, SurveyStep.Comment, cancellationToken);
        }
        else if (settings.NpsEnabled && record.Nps is null)
        {
            return await AbandonAsync(step, record, cancellationToken);
        }

        if (record.Comment is not null || record.CommentSkipped)
        {
            return await step.NextAsync(record, cancellationToken);
        }

        Func<Texts, string> why = record.Segment switch
        {
            CustomerSegment.Promoter => t => t.SurveyAskWhyPromoter,
            CustomerSegment.Passive => t => t.SurveyAskWhyPassive,
            _ => t => t.SurveyAskWhyDetractor,
        };
        return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(why) }, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterCommentAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(step, cancellationToken);
        var answered = step.TryGetResult<string>(out var comment);
        if (answered)
        {
            if (SurveyCommands.IsSkip(TextNormalizer.Normalize(comment)))
            {
                record.CommentSkipped = true;
            }
            else
            {
                // Only the redacted text is analysed and kept: the raw comment never reaches storage or a cloud service.
                record.Comment = PiiRedactor.Redact(comment);
                var results = await sentiment.AnalyzeAsync([new SentimentRequest(record.Comment, step.Language)], cancellationToken);
                record.Sentiment = results[0];
                if (record.Sentiment.Label is SentimentLabel.Negative || record.Sentiment.WorstSentence is not null)
                {
                    step.State.NegativeTurns++;
                }
            }
        }

        // With no aspects to ask for, the last step runs now and saves the comment with the completed record, before
        // any reply and with no store call in between: one save instead of two, nothing acknowledged unsaved.
        if (record.Aspects.Count == 0 && WantsAspects(record))
        {
            var inferred = AspectRecognizer.Infer(record.Sentiment);
            if (inferred.Count == 0)
            {
                if (answered)
                {
                    await SaveAsync(record, SurveyStep.Aspects, cancellationToken);
                }

                return await step.PromptAsync(AspectPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.SurveyAskAspects) }, cancellationToken);
            }

            record.Aspects = inferred;
            record.AspectsInferred = true;
        }

        return await step.NextAsync(record, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(step, cancellationToken);
        if (step.TryGetResult<List<ServiceAspect>>(out var aspects))
        {
            record.Aspects = aspects;
            record.AspectsInferred = false;
        }

        var decision = policy.Decide(new EscalationSignals(
            step.Language, record.Csat, record.Nps, record.Sentiment, ChurnDetector.Detect(record.Comment), step.State.NegativeTurns));
        record.Escalation = decision;
        record.Status = SurveyStatus.Completed;
        record.CompletedAt = time.GetUtcNow();
        await SaveAsync(record, SurveyStep.Done, cancellationToken);
        metrics.SurveyCompleted(record);

        if (decision.Escalate)
        {
            var escalationId = await escalation.EscalateAsync(ToRequest(step, record, decision), cancellationToken);
            await step.SendAsync(step.Texts.SurveyEscalated(decision.Priority == EscalationPriority.Urgent), cancellationToken);

            // The caller hands over: the customer hears their place in the queue, or the hours and a callback offer.
            return await step.EndAsync(new HandoffState { EscalationId = escalationId }, cancellationToken);
        }

        switch (record.Segment)
        {
            case CustomerSegment.Promoter:
                await step.SendAsync(step.Texts.SurveyThanksPromoter, cancellationToken);
                return settings.ReviewUrl is { } review
                    ? await EndWithAsync(step, step.Texts.SurveyReviewInvite(review), cancellationToken)
                    : await step.EndAsync(cancellationToken);
            case CustomerSegment.Passive:
                return await EndWithAsync(step, step.Texts.SurveyThanksPassive, cancellationToken);
            default:
                return await EndWithAsync(step, step.Texts.SurveyThanksDetractor, cancellationToken);
        }
    }

    private static EscalationRequest ToRequest(WaterfallStepContext<SurveyState> step, SurveyRecord record, EscalationDecision decision) => new()
    {
        CustomerId = record.CustomerId,
        ChannelId = record.ChannelId,
        ConversationId = step.Context.Activity.Conversation.Id,
        Language = step.Language,
        SurveyId = record.Id,
        OrderId = record.OrderId,
        Product = record.Product,
        Csat = record.Csat,
        Nps = record.Nps,
        Comment = record.Comment,
        Sentiment = record.Sentiment,
        Aspects = record.Aspects,
        Decision = decision,
    };

    private bool WantsAspects(SurveyRecord record)
        => policy.IsLowScore(record.Csat, record.Nps)
           || record.Sentiment?.Label is SentimentLabel.Negative or SentimentLabel.Mixed;

    /// <summary>The record the previous step handed over in this turn, or the stored one.</summary>
    private async Task<SurveyRecord> LoadAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
        => step.TryGetResult<SurveyRecord>(out var handed) && handed.Id == step.State.SurveyId
            ? handed
            : await store.GetAsync(step.State.SurveyId!, cancellationToken)
           ?? throw new InvalidOperationException($"Survey record {step.State.SurveyId} is missing from the store.");

    private Task SaveAsync(SurveyRecord record, SurveyStep next, CancellationToken cancellationToken)
    {
        record.Segment = CustomerSegmenter.Segment(record.Csat, record.Nps);
        record.NextStep = next;
        record.UpdatedAt = time.GetUtcNow();
        return store.SaveAsync(record, cancellationToken);
    }

    private async Task<DialogTurnResult> AbandonAsync(WaterfallStepContext<SurveyState> step, SurveyRecord record, CancellationToken cancellationToken)
    {
        record.Status = SurveyStatus.Abandoned;
        await SaveAsync(record, record.NextStep, cancellationToken);
        return await EndWithAsync(step, step.Texts.SurveyAbandoned, cancellationToken);
    }

    private static async Task<DialogTurnResult> EndWithAsync(WaterfallStepContext<SurveyState> step, string text, CancellationToken cancellationToken)
    {
        await step.SendAsync(text, cancellationToken);
        return await step.EndAsync(cancellationToken);
    }

    private static bool SaidInWords(WaterfallStepContext<SurveyState> step)
        => !step.Dialog.IncomingText.Any(c => char.IsDigit(c) || c is '★' or '⭐');
}
