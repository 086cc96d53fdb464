using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using SupportBot.Bot.Agents;

namespace SupportBot.Bot.Hosting;

/// <summary>Agent accounts, their sign-in scheme and the policy the console API requires.</summary>
public static class AgentRegistration
{
    /// <summary>Registers agent authentication and authorization.</summary>
    public static IServiceCollection AddAgents(this IServiceCollection services)
    {
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AgentTokenAuthenticationHandler>(AgentTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentApi.Policy, policy => policy
                .AddAuthenticationSchemes(AgentTokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(AgentTokenAuthenticationHandler.AgentRole))
            .AddPolicy(AgentApi.SupervisorPolicy, policy => policy
                .AddAuthenticationSchemes(AgentTokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(AgentTokenAuthenticationHandler.SupervisorRole));
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
