namespace SupportBot.Bot.Agents;

/// <summary>A retention agent who may use the console (configured under "Agents:Accounts"; the token is a secret and
/// comes from configuration or the environment, never from the repository).</summary>
public sealed class AgentAccount
{
    /// <summary>Stable agent id ("ana").</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Name shown to colleagues and, as "Ana", to the customer.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Bearer token the agent signs in with (at least 24 characters).</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Whether the agent also supervises (sees SLA alerts).</summary>
    public bool Supervisor { get; set; }

    /// <summary>Largest discount the agent may offer, in percent.</summary>
    public int MaxDiscountPercent { get; set; } = 10;
}
