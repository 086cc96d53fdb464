namespace SupportBot.Bot.Telemetry;

/// <summary>The OTLP transport (<c>Telemetry:OtlpProtocol</c>).</summary>
public enum TelemetryOtlpProtocol
{
    /// <summary>HTTP with protobuf bodies to <c>/v1/traces</c>, <c>/v1/metrics</c> and <c>/v1/logs</c> under the endpoint.</summary>
    HttpProtobuf,

    /// <summary>gRPC (the collector's port 4317).</summary>
    Grpc,
}
