using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Survey;

namespace SupportBot.Dialogs.Escalation;

/// <summary>Hands the customer to a person, honestly: confirms when the bot offers one (not when the customer asked), queues the request, says the place in the queue and
/// the expected wait; out of hours it says when the team opens and offers a callback (phone or e-mail, with
/// explicit consent). Begun with an escalation id (after a survey escalated) it skips straight to that news.</summary>
public sealed class HandoffDialog(IEscalationGateway gateway, IHandoffDesk desk) : WaterfallDialog<HandoffState>
{
    /// <summary>Stable id.</summary>
    public const string DialogId = "handoff";

    /// <summary>Id of the prompt for a phone number or e-mail address.</summary>
    public const string ContactPromptId = "prompt.contact";

    /// <inheritdoc />
    public override string Id => DialogId;

    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    protected override IReadOnlyList<WaterfallStep<HandoffState>> Steps =>
        [ConfirmAsync, QueueAsync, AskContactAsync, AskConsentAsync, RequestCallbackAsync];

    /// <summary>The prompt that takes a phone number or e-mail address.</summary>
    public static TextPrompt ContactPrompt() => new(ContactPromptId, contact =>
        ContactRecognizer.Find(contact) is null ? Texts.Localize(t => t.HandoffContactRetry) : null);

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<HandoffState> step, CancellationToken cancellationToken)
        => step.State.EscalationId is not null || step.State.Requested
            ? step.NextAsync(true, cancellationToken)
            : step.PromptAsync(ConfirmPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.HandoffConfirm) }, cancellationToken);

    private async Task<DialogTurnResult> QueueAsync(WaterfallStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<bool>(out var wanted) || !wanted)
        {
            await step.SendAsync(wanted ? step.Texts.GaveUp : step.Texts.HandoffDeclined, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        step.State.EscalationId ??= await gateway.EscalateAsync(new EscalationRequest
        {
            CustomerId = CustomerIdentity.Of(step.Context),
            ChannelId = step.Context.Activity.ChannelId,
            ConversationId = step.Context.Activity.Conversation.Id,
            Language = step.Language,
            Decision = step.State.Churn
                ? new EscalationDecision(true, [EscalationReason.ChurnIntent], EscalationPolicy.ChurnPriority)
                : new EscalationDecision(true, [EscalationReason.CustomerRequest], EscalationPriority.Normal),
        }, cancellationToken);

        var status = await desk.GetStatusAsync(step.State.EscalationId, cancellationToken);
        if (status.Open)
        {
            await step.SendAsync(step.Texts.HandoffQueued(status.Position, status.EstimatedWait), cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        await step.SendAsync(step.Texts.HandoffClosed(status.OpensAt, status.TimeZoneName), cancellationToken);
        return await step.PromptAsync(ConfirmPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.HandoffOfferCallback) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<bool>(out var wanted) || !wanted)
        {
            await step.SendAsync(step.Texts.HandoffCallbackDeclined, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        return await step.PromptAsync(ContactPromptId, new PromptOptions { Prompt = Texts.Localize(t => t.HandoffAskContact), MaxRetries = 2 }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<string>(out var given) || ContactRecognizer.Find(given) is not { } contact)
        {
            await step.SendAsync(step.Texts.HandoffCallbackDeclined, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        step.State.Contact = contact;
        return await step.PromptAsync(ConfirmPrompt.DefaultId, new PromptOptions { Prompt = Texts.Localize(t => t.HandoffConsent(contact)) }, cancellationToken);
    }

    private async Task<DialogTurnResult> RequestCallbackAsync(WaterfallStepContext<HandoffState> step, CancellationToken cancellationToken)
    {
        if (!step.TryGetResult<bool>(out var consent) || !consent)
        {
            await step.SendAsync(step.Texts.HandoffCallbackDeclined, cancellationToken);
            return await step.EndAsync(cancellationToken);
        }

        var accepted = await desk.RequestCallbackAsync(step.State.EscalationId!, step.State.Contact!, cancellationToken);
        await step.SendAsync(accepted ? step.Texts.HandoffCallbackConfirmed(step.State.Contact!) : step.Texts.HandoffAlreadyTaken, cancellationToken);
        return await step.EndAsync(cancellationToken);
    }
}
