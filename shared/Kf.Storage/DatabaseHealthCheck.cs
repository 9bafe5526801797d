using Dapper;
using Kf.Storage.Migrations;
using Kf.Storage.Sql;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kf.Storage;

internal sealed class DatabaseHealthCheck(Database database, MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!migrations.Completed)
        {
            return HealthCheckResult.Unhealthy("Migrations have not completed.");
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"{database.Dialect} answers.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect} does not answer.", e);
        }
    }
}
