using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Telemetry;

/// <summary>A chosen exporter without its settings stops the bot at start-up, naming the key to set.</summary>
public sealed class TelemetryOptionsValidator(IConfiguration configuration) : IValidateOptions<TelemetryOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = TelemetryOptions.SectionName;
        return options.Exporter switch
        {
            TelemetryExporter.Otlp when options.OtlpEndpoint is not { IsAbsoluteUri: true } endpoint
                                       || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)
                => ValidateOptionsResult.Fail($"{S}:Exporter is Otlp: set {S}:OtlpEndpoint to the receiver's absolute http(s) address, e.g. http://otel-collector:4318."),
            TelemetryExporter.AzureMonitor when string.IsNullOrWhiteSpace(configuration[TelemetryOptions.AzureMonitorConnectionStringKey])
                => ValidateOptionsResult.Fail($"{S}:Exporter is AzureMonitor: set {TelemetryOptions.AzureMonitorConnectionStringKey} to the Application Insights connection string."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
