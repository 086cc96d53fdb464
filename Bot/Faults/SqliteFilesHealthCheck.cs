using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Surveys;

namespace SupportBot.Bot.Faults;

/// <summary>Readiness: the embedded SQLite files in use (survey records, escalation queue when on SQLite, the outbox) can
/// be opened and read; a file not created yet counts when its folder can be created. No path is shown.</summary>
public sealed class SqliteFilesHealthCheck(
    IOptions<SurveyOptions> surveys,
    IOptions<EscalationOptions> escalations,
    IOptions<OutboxOptions> outbox,
    IHostEnvironment environment) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var files = new List<string> { outbox.Value.Path };
        if (surveys.Value.Store == SurveyStoreProvider.Sqlite)
        {
            files.Add(surveys.Value.SqlitePath);
        }

        if (escalations.Value.Store == EscalationStoreProvider.Sqlite)
        {
            files.Add(escalations.Value.SqlitePath);
        }

        var failed = 0;
        foreach (var file in files.Select(f => Path.GetFullPath(f, environment.ContentRootPath)).Distinct(StringComparer.Ordinal))
        {
            if (!await CanReadAsync(file, cancellationToken))
            {
                failed++;
            }
        }

        return failed == 0
            ? HealthCheckResult.Healthy($"{files.Count} file(s) readable.")
            : new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, $"{failed} SQLite file(s) cannot be read.");
    }

    private static async Task<bool> CanReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return true;
            }

            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 2 }.ToString();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master;";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
