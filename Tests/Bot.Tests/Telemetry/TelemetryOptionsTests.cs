using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Telemetry;

/// <summary>A chosen exporter without its settings stops the bot at start-up with a message naming the key to set;
/// the default exports nothing and needs nothing.</summary>
public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData("Otlp", null, "Telemetry:OtlpEndpoint")]
    [InlineData("Otlp", "not a url", "Telemetry:OtlpEndpoint")]
    [InlineData("AzureMonitor", null, "APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public async Task ExporterWithoutItsSettings_FailsAtStartup(string exporter, string? endpoint, string named)
    {
        var settings = new Dictionary<string, string?> { ["Telemetry:Exporter"] = exporter, ["Telemetry:OtlpEndpoint"] = endpoint };
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartupHost.StartAsync(settings, (services, configuration) => services.AddTelemetry(configuration)));
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownExporter_FailsAtStartup()
    {
        var settings = new Dictionary<string, string?> { ["Telemetry:Exporter"] = "Prometheus" };
        await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => StartupHost.StartAsync(settings, (services, configuration) => services.AddTelemetry(configuration)));
    }

    [Fact]
    public async Task AzureMonitorWithConnectionString_Starts()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telemetry:Exporter"] = "AzureMonitor",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        };
        using var host = await StartupHost.StartAsync(settings, (services, configuration) => services.AddTelemetry(configuration));
        await host.StopAsync();
    }
}
