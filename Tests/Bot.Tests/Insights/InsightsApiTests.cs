using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Tests.Escalation;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Insights;

/// <summary><c>/api/insights</c> over real Kestrel on the default SQLite stores: who may read it, the figures of a seeded
/// week with its filters, the CSV export and every bad parameter answered with a 400 problem.</summary>
public sealed class InsightsApiTests : IAsyncLifetime
{
    private const string Week = "?from=2026-11-01&to=2026-11-07";
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(InsightsSeed.SupervisorAccount(EscalationScenario.Settings("webchat:nobody")));
        await InsightsSeed.SaveAsync(_host.Services.GetRequiredService<ISurveyStore>(), _host.Services.GetRequiredService<IEscalationStore>(), default);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Supervisor() => EscalationScenario.Agent(_host, InsightsSeed.SupervisorToken);

    [Theory]
    [InlineData("/api/insights")]
    [InlineData("/api/insights.csv")]
    [InlineData("/api/insights?format=csv")]
    public async Task OnlySupervisors_MayRead(string path)
    {
        using var anonymous = await _host.Client.GetAsync(path);
        using var wrongToken = await EscalationScenario.Agent(_host, "not-a-token-0123456789abcdef").GetAsync(path);
        using var agent = await EscalationScenario.Agent(_host, EscalationScenario.LuisToken).GetAsync(path);
        using var supervisor = await Supervisor().GetAsync(path);

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.OK),
            (anonymous.StatusCode, wrongToken.StatusCode, agent.StatusCode, supervisor.StatusCode));
        Assert.Equal("no-store", supervisor.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Week_HasTheHandComputedFigures()
    {
        var report = await Supervisor().GetFromJsonAsync<JsonElement>("/api/insights" + Week);

        // See InsightsSeed: NPS 25, CSAT 40, 5 responses, completion 4 / 6 = 66.7.
        Assert.Equal((25m, 40m, 5), (report.GetProperty("nps").GetDecimal(), report.GetProperty("csatPercent").GetDecimal(), report.GetProperty("responses").GetInt32()));
        Assert.Equal(66.7m, report.GetProperty("responseRate").GetProperty("completionPercent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("responseRate").GetProperty("invitationPercent").ValueKind);
        Assert.Equal(["LowCsat:2", "DetractorNps:1", "ChurnIntent:1"], Reasons(report));
        Assert.Equal(("Europe/Madrid", "Day", 7), (report.GetProperty("timeZone").GetString(), report.GetProperty("bucket").GetString(), report.GetProperty("trend").GetArrayLength()));
        Assert.Equal("2026-11-01", report.GetProperty("trend")[0].GetProperty("start").GetString());
        // Retention: Retained (saved) and Lost → 50; follow-ups 5 and 1 → 3.
        var retention = report.GetProperty("retention");
        Assert.Equal((50m, 3m), (retention.GetProperty("savedPercent").GetDecimal(), retention.GetProperty("winBackScore").GetDecimal()));
        var delivery = report.GetProperty("negativeAspects")[0];
        Assert.Equal(("Delivery", InsightsSeed.HostileComment), (delivery.GetProperty("aspect").GetString(), delivery.GetProperty("examples")[0].GetString()));
        Assert.Equal(["msteams", "webchat"], report.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Filters_NarrowTheFigures()
    {
        var english = await Supervisor().GetFromJsonAsync<JsonElement>("/api/insights" + Week + "&language=English");
        // English: NPS 9 → 100; CSAT 4, 2 → 50; escalations LowCsat 1.
        Assert.Equal((100m, 50m), (english.GetProperty("nps").GetDecimal(), english.GetProperty("csatPercent").GetDecimal()));
        Assert.Equal(["LowCsat:1"], Reasons(english));

        var teams = await Supervisor().GetFromJsonAsync<JsonElement>("/api/insights" + Week + "&channel=msteams&language=es");
        // msteams + Spanish: NPS 2 → −100; CSAT 1 → 0.
        Assert.Equal((-100m, 0m, 1), (teams.GetProperty("nps").GetDecimal(), teams.GetProperty("csatPercent").GetDecimal(), teams.GetProperty("responses").GetInt32()));

        var october = await Supervisor().GetFromJsonAsync<JsonElement>("/api/insights?from=2026-10-01&to=2026-11-07");
        // With October: NPS 0, CSAT 33.3 (see InsightsSeed).
        Assert.Equal((0m, 33.3m), (october.GetProperty("nps").GetDecimal(), october.GetProperty("csatPercent").GetDecimal()));

        var empty = await Supervisor().GetFromJsonAsync<JsonElement>("/api/insights?from=2025-01-01&to=2025-01-31&tz=UTC");
        Assert.Equal((JsonValueKind.Null, 0), (empty.GetProperty("nps").ValueKind, empty.GetProperty("responses").GetInt32()));
    }

    [Theory]
    [InlineData("/api/insights.csv" + Week)]
    [InlineData("/api/insights" + Week + "&format=csv")]
    public async Task Csv_IsUtf8WithBom_OneFigurePerRow_AndFormulaSafe(string path)
    {
        using var response = await Supervisor().GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.Equal("insights-2026-11-01-2026-11-07.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = csv.Split("\r\n");
        Assert.Equal("section,item,metric,value", lines[0]);
        Assert.Contains("summary,,nps,25", lines);
        Assert.Contains("summary,,csat_percent,40", lines);
        Assert.Contains("escalations_by_reason,LowCsat,count,2", lines);
        Assert.Contains("time_to_claim,All,within_sla_percent,50", lines);
        // The comment starts with '<' (no formula) but holds a quote: quoted, quotes doubled, nothing executable added.
        Assert.Contains("negative_aspect,Delivery,example,\"<img src=x onerror=\"\"window.xssFired=1\"\"> =1+2 late again\"", lines);
        Assert.Contains("negative_aspect,Billing,example,\"Billing was wrong, twice\"", lines);
    }

    [Theory]
    [InlineData("?from=2026-11-08&to=2026-11-01")]
    [InlineData("?from=2025-01-01&to=2026-12-31")]
    [InlineData("?from=2026-13-01")]
    [InlineData("?to=0001-01-01")]
    [InlineData("?tz=Not/AZone")]
    [InlineData("?language=fr")]
    [InlineData("?channel=%3Cscript%3E")]
    [InlineData("?format=xml")]
    [InlineData("?from=2026-11-01&from=2026-11-02")]
    public async Task BadParameters_AreA400Problem(string query)
    {
        foreach (var path in new[] { "/api/insights" + query, "/api/insights.csv" + query })
        {
            if (path.Contains("format=", StringComparison.Ordinal) && path.StartsWith("/api/insights.csv", StringComparison.Ordinal))
            {
                continue;
            }

            using var response = await Supervisor().GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }
    }

    private static List<string> Reasons(JsonElement report)
        => report.GetProperty("escalationsByReason").EnumerateArray().Select(r => $"{r.GetProperty("reason").GetString()}:{r.GetProperty("count").GetInt32()}").ToList();
}
