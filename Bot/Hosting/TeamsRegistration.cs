using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Teams;

namespace SupportBot.Bot.Hosting;

/// <summary>The agents' Teams channel: options, and the notifier that posts and updates escalation cards. The bot that
/// routes Teams channel activities is registered with the Bot Framework (<see cref="TeamsAgentChannelBot"/>).</summary>
public static class TeamsRegistration
{
    /// <summary>Registers the Teams options (validated when <c>Teams:ChannelId</c> is set) and the notifier (idle when not).</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        // The notifier records where it posted through the service that notifies it: resolved on first use, not at construction.
        services.AddSingleton(sp => new Lazy<EscalationService>(sp.GetRequiredService<EscalationService>));
        services.AddSingleton<IEscalationNotifier, TeamsEscalationNotifier>();
        return services;
    }
}
