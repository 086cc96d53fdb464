using Microsoft.Extensions.Options;
using SupportBot.Bot.Agents;
using SupportBot.Bot.Teams;

namespace SupportBot.Bot.Tests.Teams;

/// <summary>Teams settings: off without a channel; when on, a service URL, a tenant and users mapped to real agents.</summary>
public sealed class TeamsOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(string channel, string serviceUrl, string tenant, params (string User, string Agent)[] users)
        => Validate("bot-app-id", channel, serviceUrl, tenant, users);

    private static ValidateOptionsResult Validate(string appId, string channel, string serviceUrl, string tenant, params (string User, string Agent)[] users)
    {
        var agents = new AgentOptions();
        agents.Accounts.Add(new AgentAccount { Id = "ana", DisplayName = "Ana", Token = new string('a', 24) });
        var options = new TeamsOptions { ChannelId = channel, ServiceUrl = serviceUrl, TenantId = tenant };
        foreach (var (user, agent) in users)
        {
            options.Agents[user] = agent;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("MicrosoftAppId", appId)]).Build();
        return new TeamsOptionsValidator(Options.Create(agents), configuration).Validate(null, options);
    }

    [Fact]
    public void NoChannel_IsOff_AndValid() => Assert.True(Validate("", "", "").Succeeded);

    [Fact]
    public void Complete_IsValid() => Assert.True(Validate("19:a@thread.tacv2", "https://smba.trafficmanager.net/emea/", "t1", ("aad-ana", "ana")).Succeeded);

    [Theory]
    [InlineData("", "t1", "aad-ana", "ana", "Teams:ServiceUrl")]
    [InlineData("smba.trafficmanager.net/emea", "t1", "aad-ana", "ana", "Teams:ServiceUrl")]
    [InlineData("https://smba.trafficmanager.net/emea/", "", "aad-ana", "ana", "Teams:TenantId")]
    [InlineData("https://smba.trafficmanager.net/emea/", "t1", "aad-x", "nobody", "not an Agents:Accounts id")]
    public void Incomplete_FailsWithWhatToSet(string serviceUrl, string tenant, string user, string agent, string message)
    {
        var result = Validate("19:a@thread.tacv2", serviceUrl, tenant, (user, agent));

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutChannelTokens_Fails_NamingTheFix()
        => Assert.Contains("MicrosoftAppId", Validate("", "19:a@thread.tacv2", "https://x.example/", "t1", ("aad-ana", "ana")).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void NoAgentsMapped_Fails() => Assert.Contains("Teams:Agents", Validate("19:a@thread.tacv2", "https://x.example/", "t1").FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void AgentLookup_IgnoresTheCaseOfTheObjectId()
    {
        var options = new TeamsOptions();
        options.Agents["9A1B-CD"] = "ana";

        Assert.Equal(("ana", null), (options.AgentFor("9a1b-cd"), options.AgentFor("other")));
    }
}
