using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Escalation;

/// <summary>Runs before the dialogs on every customer message: while an agent is live the bot stays quiet and relays
/// (except for "salir" / "exit"); while queued, "cancel request" withdraws and a phone or e-mail books an offered
/// callback; after the agent closed, it takes the answer to the follow-up question.</summary>
public sealed class LiveChatTurn(ILiveChat liveChat)
{
    // Kept normalized, so a message is normalized once and compared, not every command on every message.
    private static readonly HashSet<string> ExitCommands = Normalized(
        ["salir", "salir del chat", "terminar", "exit", "quit", "leave chat", "end chat"]);

    private static readonly HashSet<string> WithdrawCommands = Normalized(
        ["cancelar solicitud", "cancelar la solicitud", "cancelar llamada", "cancelar la llamada", "retirar solicitud", "ya no lo necesito",
         "cancel request", "cancel my request", "cancel the request", "cancel callback", "cancel the callback", "withdraw request", "no longer needed"]);

    /// <summary>True when the turn was handled here and the dialogs must not run.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation?.Id;
        var text = turnContext.Activity.Text ?? string.Empty;
        if (string.IsNullOrEmpty(conversationId))
        {
            return false;
        }

        var texts = Texts.For(language);
        switch (await liveChat.GetStatusAsync(conversationId, cancellationToken))
        {
            case LiveChatStatus.Live when IsOneOf(text, ExitCommands):
                await liveChat.LeaveAsync(conversationId, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(texts.LiveChatLeft), cancellationToken);
                return true;
            case LiveChatStatus.Live:
                if (!string.IsNullOrWhiteSpace(text))
                {
                    await liveChat.RelayToAgentAsync(conversationId, text, cancellationToken);
                }

                return true;
            case LiveChatStatus.Waiting or LiveChatStatus.CallbackOffered when IsOneOf(text, WithdrawCommands):
                var withdrawn = await liveChat.WithdrawAsync(conversationId, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(withdrawn ? texts.HandoffWithdrawn : texts.HandoffAlreadyTaken), cancellationToken);
                return true;
            case LiveChatStatus.CallbackOffered when ContactRecognizer.Find(text) is { } contact:
                var booked = await liveChat.RequestCallbackAsync(conversationId, contact, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(booked ? texts.HandoffCallbackConfirmed(contact) : texts.HandoffAlreadyTaken), cancellationToken);
                return true;
            case LiveChatStatus.AwaitingFollowUp:
                var rating = RatingRecognizer.Recognize(text);
                await liveChat.RecordFollowUpAsync(conversationId, rating.Succeeded ? rating.Value : null, cancellationToken);
                if (!rating.Succeeded)
                {
                    return false;
                }

                await turnContext.SendActivityAsync(MessageFactory.Text(texts.FollowUpThanks(rating.Value)), cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private static bool IsOneOf(string text, HashSet<string> commands) => commands.Contains(TextNormalizer.Normalize(text));

    private static HashSet<string> Normalized(string[] commands) => commands.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Applies a <c>handoff.status</c> event (value <c>{ "state": "accepted" | "failed" | "completed", "message": … }</c>)
    /// and tells the customer what it means; an unknown state or a conversation without escalation is ignored.</summary>
    public async Task OnHubStatusAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = turnContext.Activity.Value as Newtonsoft.Json.Linq.JObject;
        var stateName = (string?)value?["state"];
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId) || !Enum.TryParse<HandoffHubState>(stateName, ignoreCase: true, out var state) || !Enum.IsDefined(state))
        {
            return;
        }

        if (!await liveChat.ApplyHubStatusAsync(conversationId, state, (string?)value?["message"], cancellationToken))
        {
            return;
        }

        var texts = Texts.For(language);
        var reply = state switch
        {
            HandoffHubState.Accepted => texts.HandoffHubAccepted,
            HandoffHubState.Failed => texts.HandoffHubFailed,
            _ => texts.FollowUpQuestion,
        };
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
    }
}
