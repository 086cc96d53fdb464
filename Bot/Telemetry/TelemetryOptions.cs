using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Telemetry;

/// <summary>OpenTelemetry export (section "Telemetry"). Azure Monitor's connection string is the root key
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, the name App Service and the Azure SDKs use.</summary>
public sealed class TelemetryOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>The root key holding the Application Insights connection string.</summary>
    public const string AzureMonitorConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Where traces, metrics and logs go.</summary>
    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    /// <summary>The OTLP receiver, e.g. <c>http://otel-collector:4318</c>; required when <see cref="Exporter"/> is
    /// <see cref="TelemetryExporter.Otlp"/>.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The OTLP transport.</summary>
    public TelemetryOtlpProtocol OtlpProtocol { get; set; } = TelemetryOtlpProtocol.HttpProtobuf;

    /// <summary>The <c>service.name</c> resource attribute (the role name in Application Insights).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ServiceName { get; set; } = "supportbot";

    /// <summary>How often metrics are exported.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromSeconds(60);
}
