using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Invitations;
using SupportBot.Bot.Knowledge;
using SupportBot.Bot.Orders;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Surveys;

namespace SupportBot.Bot.ScaleOut;

/// <summary>Where each shared thing lives, as the options resolved it, logged in one line at start-up so an operator
/// sees at a glance whether two instances would share everything (every entry <c>Redis</c>).</summary>
public sealed partial class StoreLayout(
    IOptions<RedisOptions> redis,
    IOptions<StateOptions> state,
    IOptions<SurveyOptions> surveys,
    IOptions<EscalationOptions> escalations,
    IOptions<DirectLineOptions> directLine,
    IOptions<KnowledgeOptions> knowledge,
    IOptions<OrdersOptions> orders,
    IOptions<InvitationOptions> invitations,
    ILogger<StoreLayout> logger) : IHostedService
{
    /// <summary>Each store and where it lives, in a fixed order: state, surveys, escalations, Direct Line, knowledge
    /// feedback, self-service log, invitations, cache, SignalR backplane.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Stores =>
    [
        new("state", state.Value.Provider.ToString()),
        new("surveys", surveys.Value.Store.ToString()),
        new("escalations", escalations.Value.Store.ToString()),
        new("directLine", directLine.Value.Enabled ? (directLine.Value.Store ?? state.Value.Provider).ToString() : "Off"),
        new("knowledgeFeedback", knowledge.Value.FeedbackStore.ToString()),
        new("selfServiceLog", orders.Value.ActionLogStore.ToString()),
        new("invitations", invitations.Value.Store.ToString()),
        new("cache", redis.Value.IsConfigured ? "Redis" : "Memory"),
        new("signalR", redis.Value.IsConfigured ? "Redis" : "Local"),
    ];

    /// <summary>The line logged at start-up, e.g. <c>state=Redis, surveys=Redis, …</c>.</summary>
    public string Summary => string.Join(", ", Stores.Select(s => $"{s.Key}={s.Value}"));

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLayout(Summary);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stores: {Layout}")]
    private partial void LogLayout(string layout);
}
