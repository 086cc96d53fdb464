using SupportBot.Bot.Agents;

namespace SupportBot.Bot.Insights;

/// <summary>Serves the insights dashboard (<c>/agent/insights</c>): a static page of the agent console, with its script
/// and style sheet, embedded from <c>wwwroot/insights</c> and served with the console's strict Content-Security-Policy.
/// The page itself is public (like the console); its figures come from the supervisor-only <see cref="InsightsApi"/>.</summary>
public static class InsightsPage
{
    /// <summary>Where the dashboard is served.</summary>
    public const string Route = AgentConsolePage.Route + "/insights";

    /// <summary>Maps the dashboard's files.</summary>
    public static IEndpointRouteBuilder MapInsightsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapConsoleFile(Route, "Insights/index.html", "text/html; charset=utf-8");
        endpoints.MapConsoleFile(Route + "/insights.js", "Insights/insights.js", "text/javascript; charset=utf-8");
        endpoints.MapConsoleFile(Route + "/insights.css", "Insights/insights.css", "text/css; charset=utf-8");
        return endpoints;
    }
}
