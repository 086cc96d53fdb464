using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SupportBot.Bot.Telemetry;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Hosting;

/// <summary>The bot's instruments (meter and activity source <c>SupportBot</c>) and, by <c>Telemetry:Exporter</c>, their
/// export with ASP.NET Core, HttpClient and runtime instrumentation over OTLP or to Azure Monitor.</summary>
public static class TelemetryRegistration
{
    /// <summary>Registers the instruments and the exporter chosen in configuration.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddSingleton<SupportBotMetrics>();
        services.AddSingleton<ISurveyMetrics>(sp => sp.GetRequiredService<SupportBotMetrics>());
        services.AddSingleton<TurnTelemetry>();

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        // Settings that fail validation configure no exporter: start-up then stops with the validator's message
        // instead of an exporter's own error while the host is being built.
        if (options.Exporter == TelemetryExporter.None || new TelemetryOptionsValidator(configuration).Validate(null, options).Failed)
        {
            return services;
        }

        var interval = (int)options.MetricExportInterval.TotalMilliseconds;
        var connectionString = configuration[TelemetryOptions.AzureMonitorConnectionStringKey];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(TurnTelemetry.ActivitySourceName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                _ = options.Exporter == TelemetryExporter.Otlp
                    ? tracing.AddOtlpExporter(o => Otlp(o, options, "v1/traces"))
                    : tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = connectionString);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SupportBotMetrics.MeterName)
                    .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                _ = options.Exporter == TelemetryExporter.Otlp
                    ? metrics.AddOtlpExporter((o, reader) =>
                    {
                        Otlp(o, options, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = interval;
                    })
                    : metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = connectionString);
            })
            .WithLogging(
                logging => _ = options.Exporter == TelemetryExporter.Otlp
                    ? logging.AddOtlpExporter(o => Otlp(o, options, "v1/logs"))
                    : logging.AddAzureMonitorLogExporter(o => o.ConnectionString = connectionString),
                // Templates and their structured values only: the rendered text would repeat what the values say.
                logger => logger.IncludeFormattedMessage = false);
        return services;
    }

    private static void Otlp(OtlpExporterOptions exporter, TelemetryOptions options, string signalPath)
    {
        var endpoint = options.OtlpEndpoint!;
        if (options.OtlpProtocol == TelemetryOtlpProtocol.Grpc)
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
            return;
        }

        // Over HTTP each signal has its own path under the receiver's base address.
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        exporter.Endpoint = new Uri(root, signalPath);
    }
}
