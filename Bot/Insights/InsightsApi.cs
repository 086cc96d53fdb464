using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupportBot.Bot.Agents;
using SupportBot.Bot.Hosting;

namespace SupportBot.Bot.Insights;

/// <summary>The dashboard's figures over HTTP: <c>GET /api/insights</c> (JSON) and <c>GET /api/insights.csv</c> (or
/// <c>?format=csv</c>). Supervisors only: 401 anonymous, 403 for other agents; bad parameters are a 400 problem.</summary>
public static class InsightsApi
{
    /// <summary>The JSON route.</summary>
    public const string Route = "/api/insights";

    /// <summary>The CSV route.</summary>
    public const string CsvRoute = "/api/insights.csv";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Maps both routes.</summary>
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpRequest request, InsightsService insights, string? format, CancellationToken cancellationToken)
                => ReportAsync(request, insights, string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase), format, cancellationToken))
            .RequireAuthorization(AgentApi.SupervisorPolicy).RequireRateLimiting(SecurityRegistration.AgentPolicy);
        endpoints.MapGet(CsvRoute, (HttpRequest request, InsightsService insights, CancellationToken cancellationToken)
                => ReportAsync(request, insights, csv: true, format: null, cancellationToken))
            .RequireAuthorization(AgentApi.SupervisorPolicy).RequireRateLimiting(SecurityRegistration.AgentPolicy);
        return endpoints;
    }

    private static async Task<IResult> ReportAsync(HttpRequest request, InsightsService insights, bool csv, string? format, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "format must be json or csv.");
        }

        if (query.Keys.Any(k => query[k].Count > 1))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Give each parameter once.");
        }

        if (!InsightsRequest.TryParse(
            query["from"], query["to"], query["channel"], query["language"], query["tz"], insights.DefaultZone, insights.Time.GetUtcNow(),
            out var filter, out var error))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: error);
        }

        var report = await insights.BuildAsync(filter!, cancellationToken);
        if (!csv)
        {
            return Results.Json(report, Json);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"insights-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(InsightsCsv.Write(report))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", name);
    }
}
