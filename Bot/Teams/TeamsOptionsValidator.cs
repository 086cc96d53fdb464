using Microsoft.Extensions.Options;
using SupportBot.Bot.Agents;

namespace SupportBot.Bot.Teams;

/// <summary>Checks the Teams section when it is switched on: channel tokens enforced (MicrosoftAppId), an absolute
/// service URL, a tenant, and Teams users mapped only to configured agents.</summary>
public sealed class TeamsOptionsValidator(IOptions<AgentOptions> agents, IConfiguration configuration) : IValidateOptions<TeamsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) && !options.AllowUnauthenticated)
        {
            failures.Add("Teams:ChannelId is set but MicrosoftAppId is empty: without channel tokens anyone could act as a mapped agent. "
                + "Configure MicrosoftAppId (and its secret), or set Teams:AllowUnauthenticated=true for local testing only.");
        }

        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Teams:ServiceUrl must be the absolute Teams service URL (e.g. https://smba.trafficmanager.net/emea/) when Teams:ChannelId is set.");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Teams:TenantId must be set when Teams:ChannelId is set.");
        }

        if (options.Agents.Count == 0)
        {
            failures.Add("Teams:Agents must map at least one Teams user (Entra object id) to an agent id when Teams:ChannelId is set.");
        }

        foreach (var (user, agentId) in options.Agents)
        {
            if (!agents.Value.Accounts.Any(a => string.Equals(a.Id, agentId, StringComparison.Ordinal)))
            {
                failures.Add($"Teams:Agents:{user} is '{agentId}', which is not an Agents:Accounts id.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
