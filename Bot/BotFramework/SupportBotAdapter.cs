using System.Runtime.ExceptionServices;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Faults;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Telemetry;
using SupportBot.Dialogs.Channels;
using SupportBot.Dialogs.Faults;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Main;

namespace SupportBot.Bot.BotFramework;

/// <summary>The Bot Framework adapter with the error handler every turn runs under: it logs, apologises in
/// the customer's language and clears a poisoned dialog stack so the next message starts clean.</summary>
public sealed partial class SupportBotAdapter : CloudAdapter
{
    private readonly StateAccessors _state;
    private readonly ConversationSettings _settings;
    private static readonly AsyncLocal<bool> StartedByBot = new();

    private readonly ILogger<SupportBotAdapter> _logger;
    private readonly IInProcessChannel[] _inProcessChannels;
    private readonly string _appId;

    /// <summary>Creates the adapter.</summary>
    public SupportBotAdapter(
        BotFrameworkAuthentication authentication,
        StateAccessors state,
        ConversationSettings settings,
        CurrentTurn currentTurn,
        ConversationTranscript transcript,
        StateReadAhead readAhead,
        IEnumerable<IInProcessChannel> inProcessChannels,
        IConfiguration configuration,
        TurnTelemetry telemetry,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> featureMiddleware,
        ChannelRendering rendering,
        ILogger<SupportBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Use(telemetry);
        Use(currentTurn);
        Use(transcript);
        Use(readAhead);
        // Features' own middleware (the invitations' conversation-reference recorder), in registration order.
        foreach (var middleware in featureMiddleware ?? [])
        {
            Use(middleware);
        }

        // Last, so the transcript keeps what the bot meant and the channel gets what it can show.
        Use(rendering);
        _state = state;
        _settings = settings;
        _logger = logger;
        _inProcessChannels = [.. inProcessChannels ?? []];
        _appId = configuration["MicrosoftAppId"] ?? string.Empty;
        OnTurnError = HandleTurnErrorAsync;
    }

    /// <summary>Runs a turn for an activity of a channel hosted in this process (the embedded Direct Line). It does
    /// not cross <c>/api/messages</c> and needs no channel token: the channel is this process. The turn gets the
    /// bot's own identity (as a proactive turn does) and connector clients that reach the channel in memory, so it
    /// works with and without a MicrosoftAppId. The activity goes through the same middleware and error handler as
    /// every other turn.</summary>
    public Task<InvokeResponse> ProcessInProcessAsync(IInProcessChannel channel, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(activity);
        if (!channel.Serves(activity.ServiceUrl))
        {
            throw new ArgumentException("The activity's serviceUrl does not belong to the in-process channel.", nameof(activity));
        }

        return RunInProcessAsync(channel, CreateClaimsIdentity(_appId), activity, callback, cancellationToken);
    }

    /// <inheritdoc />
    public override Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProactiveAsync(() => InProcessChannelOf(reference?.ServiceUrl) is { } channel
                ? RunInProcessAsync(channel, CreateClaimsIdentity(botAppId), reference!.GetContinuationActivity(), callback, cancellationToken)
                : base.ContinueConversationAsync(botAppId, reference, callback, cancellationToken));

    /// <inheritdoc />
    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProactiveAsync(() => InProcessChannelOf(reference?.ServiceUrl) is { } channel
                ? RunInProcessAsync(channel, claimsIdentity, reference!.GetContinuationActivity(), callback, cancellationToken)
                : base.ContinueConversationAsync(claimsIdentity, reference, callback, cancellationToken));

    /// <inheritdoc />
    public override Task ContinueConversationAsync(
        ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProactiveAsync(() => InProcessChannelOf(reference?.ServiceUrl) is { } channel
                ? RunInProcessAsync(channel, claimsIdentity, reference!.GetContinuationActivity(), callback, cancellationToken)
                : base.ContinueConversationAsync(claimsIdentity, reference, audience, callback, cancellationToken));

    /// <inheritdoc />
    public override Task ContinueConversationAsync(string botAppId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProactiveAsync(() => InProcessChannelOf(continuationActivity?.ServiceUrl) is { } channel
                ? RunInProcessAsync(channel, CreateClaimsIdentity(botAppId), continuationActivity!, callback, cancellationToken)
                : base.ContinueConversationAsync(botAppId, continuationActivity, callback, cancellationToken));

    /// <inheritdoc />
    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProactiveAsync(() => InProcessChannelOf(continuationActivity?.ServiceUrl) is { } channel
                ? RunInProcessAsync(channel, claimsIdentity, continuationActivity!, callback, cancellationToken)
                : base.ContinueConversationAsync(claimsIdentity, continuationActivity, callback, cancellationToken));

    /// <inheritdoc />
    public override Task ContinueConversationAsync(
        ClaimsIdentity claimsIdentity, Activity continuationActivity, string audience, BotCallbackHandler callback, CancellationToken cancellationToken)
        => ProactiveAsync(() => InProcessChannelOf(continuationActivity?.ServiceUrl) is { } channel
                ? RunInProcessAsync(channel, claimsIdentity, continuationActivity!, callback, cancellationToken)
                : base.ContinueConversationAsync(claimsIdentity, continuationActivity, audience, callback, cancellationToken));

    // A turn the bot starts itself (an agent's message, an invitation, a follow-up, a Teams card): marked for the turn
    // error handler, which leaves such a conversation alone and lets the caller see the failure.
    private static async Task ProactiveAsync(Func<Task> turn)
    {
        StartedByBot.Value = true;
        await turn();
    }

    private IInProcessChannel? InProcessChannelOf(string? serviceUrl)
        => serviceUrl is null ? null : Array.Find(_inProcessChannels, c => c.Serves(serviceUrl));

    private Task<InvokeResponse> RunInProcessAsync(
        IInProcessChannel channel, ClaimsIdentity identity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var turn = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity ?? CreateClaimsIdentity(_appId),
            Audience = AuthenticationConstants.ToChannelFromBotOAuthScope,
            ConnectorFactory = channel.ConnectorFactory,
            CallerId = null,
        };
        return ProcessActivityAsync(turn, activity, callback, cancellationToken);
    }

    /// <summary>Authenticates and processes an already parsed and validated activity.</summary>
    /// <exception cref="UnauthorizedAccessException">The request does not carry a valid channel token.</exception>
    public async Task<InvokeResponse> ProcessIncomingAsync(string? authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
        => await ProcessAuthenticatedAsync(await AuthenticateIncomingAsync(authHeader, activity, cancellationToken), activity, bot, cancellationToken);

    /// <summary>Checks the channel's token of an already parsed and validated activity (nothing when auth is off).</summary>
    /// <exception cref="UnauthorizedAccessException">The request does not carry a valid channel token.</exception>
    public async Task<AuthenticateRequestResult> AuthenticateIncomingAsync(string? authHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            return await BotFrameworkAuthentication.AuthenticateRequestAsync(activity, authHeader ?? string.Empty, cancellationToken);
        }
        catch (Exception e) when (e is not UnauthorizedAccessException and not OperationCanceledException)
        {
            // A token the SDK cannot even parse (or cannot check) is not a server error: the caller is not authenticated.
            LogAuthenticationFailed(e.GetType().Name, activity.ChannelId);
            throw new UnauthorizedAccessException("The channel token could not be validated.", e);
        }
    }

    /// <summary>Runs the turn of an activity <see cref="AuthenticateIncomingAsync"/> accepted.</summary>
    public async Task<InvokeResponse> ProcessAuthenticatedAsync(AuthenticateRequestResult authentication, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return await ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        var conversationId = turnContext.Activity?.Conversation?.Id;
        if (StartedByBot.Value)
        {
            // The customer said nothing in this turn: there is nothing to apologise for (on a channel that may be what
            // failed) and no dialog to reset. The caller decides: retry, log, tell the agent.
            LogProactiveTurnFailed(exception.GetType().Name, conversationId);
            ExceptionDispatchInfo.Throw(exception);
        }

        var texts = Texts.For(TurnLanguage.Get(turnContext, _settings.DefaultLanguage));
        if (exception is StorageConflictException)
        {
            // Another turn of the same conversation saved first; its state is the truth, so nothing is cleared.
            LogConflict(conversationId);
            await TrySendAsync(turnContext, texts.ConcurrentMessage);
            return;
        }

        if (StoreOutage.Is(exception))
        {
            // The state store is down: the dialog stack is not cleared (it is the truth once the store is back), and the
            // customer is asked to try again rather than told the conversation restarted.
            LogStoreOutage(exception.GetType().Name, conversationId);
            await TrySendAsync(turnContext, FaultTexts.For(TurnLanguage.Get(turnContext, _settings.DefaultLanguage)).TemporarilyUnavailable);
            return;
        }

        LogTurnFailed(exception, conversationId);
        await TrySendAsync(turnContext, texts.ErrorApology);
        try
        {
            await _state.DialogStack.DeleteAsync(turnContext, CancellationToken.None);
            await _state.ConversationState.SaveChangesAsync(turnContext, force: true, CancellationToken.None);
        }
#pragma warning disable CA1031 // the error handler must not throw: the customer already got the apology
        catch (Exception clearFailure)
#pragma warning restore CA1031
        {
            LogClearFailed(clearFailure, conversationId);
        }
    }

    private async Task TrySendAsync(ITurnContext turnContext, string text)
    {
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(text), CancellationToken.None);
        }
#pragma warning disable CA1031 // the channel may be what failed; logging is all that is left
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            LogApologyFailed(sendFailure, turnContext.Activity?.Conversation?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel token validation failed with {ExceptionType} for channel {ChannelId}")]
    private partial void LogAuthenticationFailed(string exceptionType, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A turn the bot started in conversation {ConversationId} failed ({ExceptionType}); left to its caller")]
    private partial void LogProactiveTurnFailed(string exceptionType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId}; dialog stack cleared")]
    private partial void LogTurnFailed(Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State conflict in conversation {ConversationId}: another turn saved first")]
    private partial void LogConflict(string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable ({ExceptionType}) in conversation {ConversationId}: the customer was asked to try again")]
    private partial void LogStoreOutage(string exceptionType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not clear the dialog stack of conversation {ConversationId}")]
    private partial void LogClearFailed(Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the apology in conversation {ConversationId}")]
    private partial void LogApologyFailed(Exception exception, string? conversationId);
}
