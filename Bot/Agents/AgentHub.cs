using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace SupportBot.Bot.Agents;

/// <summary>The console's live channel (<c>/hubs/agent</c>). Every signed-in agent hears "queueChanged"; agents who
/// watch an escalation hear its "message"s; supervisors also hear "slaBreached". Agents act through the HTTP API, so
/// the hub only lets them choose what to watch.</summary>
[Authorize(Policy = AgentApi.Policy)]
public sealed class AgentHub : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Route = "/hubs/agent";

    /// <summary>Group of every connected agent.</summary>
    public const string AgentsGroup = "agents";

    /// <summary>Group of connected supervisors.</summary>
    public const string SupervisorsGroup = "supervisors";

    /// <summary>Longest escalation id accepted by <see cref="WatchAsync"/>.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The group of agents watching one escalation's chat.</summary>
    public static string EscalationGroup(string escalationId) => "escalation:" + escalationId;

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentsGroup, Context.ConnectionAborted);
        if (Context.User?.IsInRole(AgentTokenAuthenticationHandler.SupervisorRole) == true)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, SupervisorsGroup, Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }

    /// <summary>Starts sending the chat lines of <paramref name="escalationId"/> to this connection, instead of the case it
    /// watched before (one case per connection: the console shows one chat at a time).</summary>
    [HubMethodName("watch")]
    public async Task WatchAsync(string escalationId)
    {
        if (!IsValidId(escalationId))
        {
            throw new HubException("Unknown escalation id.");
        }

        if (Context.Items.TryGetValue(WatchedKey, out var previous) && previous is string watched && watched != escalationId)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, EscalationGroup(watched), Context.ConnectionAborted);
        }

        Context.Items[WatchedKey] = escalationId;
        await Groups.AddToGroupAsync(Context.ConnectionId, EscalationGroup(escalationId), Context.ConnectionAborted);
    }

    /// <summary>Stops sending the chat lines of <paramref name="escalationId"/> to this connection.</summary>
    [HubMethodName("unwatch")]
    public Task UnwatchAsync(string escalationId)
        => IsValidId(escalationId)
            ? Groups.RemoveFromGroupAsync(Context.ConnectionId, EscalationGroup(escalationId), Context.ConnectionAborted)
            : throw new HubException("Unknown escalation id.");

    private const string WatchedKey = "watched";

    private static bool IsValidId(string? id)
        => !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id.All(char.IsAsciiLetterOrDigit);
}
