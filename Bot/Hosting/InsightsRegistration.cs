using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Bot.Insights;

namespace SupportBot.Bot.Hosting;

/// <summary>The supervisors' insights dashboard: the report service, the default (empty) invitation history, the API and the page.</summary>
public static class InsightsRegistration
{
    /// <summary>Registers the report service; an invitation history registered elsewhere wins over the empty default.</summary>
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.TryAddSingleton<IInvitationHistory, NoInvitationHistory>();
        services.AddSingleton<InsightsService>();
        return services;
    }

    /// <summary>Maps <c>/api/insights</c>, <c>/api/insights.csv</c> and the page <c>/agent/insights</c>.</summary>
    public static IEndpointRouteBuilder MapInsights(this IEndpointRouteBuilder endpoints)
        => endpoints.MapInsightsApi().MapInsightsPage();
}
