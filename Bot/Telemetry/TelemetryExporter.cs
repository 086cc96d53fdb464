namespace SupportBot.Bot.Telemetry;

/// <summary>Where traces, metrics and logs are exported (<c>Telemetry:Exporter</c>).</summary>
public enum TelemetryExporter
{
    /// <summary>Not exported: the instruments still exist (dotnet-counters, tests) but nothing leaves the process.</summary>
    None,

    /// <summary>OpenTelemetry protocol to <c>Telemetry:OtlpEndpoint</c> (a collector, Aspire dashboard, Grafana, ...).</summary>
    Otlp,

    /// <summary>Azure Monitor (Application Insights) with <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>.</summary>
    AzureMonitor,
}
