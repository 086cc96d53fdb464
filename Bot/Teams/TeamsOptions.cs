namespace SupportBot.Bot.Teams;

/// <summary>The agents' Microsoft Teams channel (section "Teams"): where new escalations are posted as cards that agents
/// claim and answer from. Off while <see cref="ChannelId"/> is empty.</summary>
public sealed class TeamsOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Teams";

    /// <summary>The Teams service URL of the tenant's region (e.g. <c>https://smba.trafficmanager.net/emea/</c>).</summary>
    public string ServiceUrl { get; set; } = string.Empty;

    /// <summary>The agents' channel (<c>19:…@thread.tacv2</c>); empty turns the feature off.</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>The Microsoft Entra tenant of the team.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>Teams users who may act on escalations: Entra (AAD) object id → agent id in <c>Agents:Accounts</c>.</summary>
    public Dictionary<string, string> Agents { get; } = [];

    /// <summary>Lets Teams run without <c>MicrosoftAppId</c> (no channel tokens): local testing against a fake Connector
    /// only. Without tokens anyone could post a Teams-shaped activity with a mapped user's object id.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Whether escalations go to Teams.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(ChannelId);

    /// <summary>The agent id of a Teams user, or null when the user is not one of <see cref="Agents"/>.</summary>
    public string? AgentFor(string? aadObjectId)
        => string.IsNullOrWhiteSpace(aadObjectId)
            ? null
            : Agents.FirstOrDefault(a => string.Equals(a.Key, aadObjectId, StringComparison.OrdinalIgnoreCase)).Value;
}
