using SupportBot.Bot.Telemetry;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Telemetry;

/// <summary><c>Telemetry:Exporter=Otlp</c> sends the bot's metrics and spans over OTLP/HTTP (protobuf) to the configured
/// receiver, a local server here.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task OtlpExporter_SendsTurnMetricsAndSpans()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telemetry:Exporter"] = "Otlp",
            ["Telemetry:OtlpEndpoint"] = receiver.Address.ToString(),
            ["Telemetry:MetricExportInterval"] = "00:00:00.500",
            ["Telemetry:ServiceName"] = "supportbot-otlp-test",
        });
        var customer = new Customer(host, "en-US");
        Assert.NotEmpty(await customer.TextsAsync("hello"));

        Assert.Equal("application/x-protobuf", await receiver.WaitForAsync("/v1/metrics", SupportBotMetrics.TurnDurationName));
        Assert.Equal("application/x-protobuf", await receiver.WaitForAsync("/v1/metrics", "supportbot-otlp-test"));
        // Spans are batched (5 s by default): the turn's span and its service name arrive in a later export.
        Assert.Equal("application/x-protobuf", await receiver.WaitForAsync("/v1/traces", TurnTelemetry.TurnSpanName));
    }
}
