using Dapper;
using Kf.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace Kf.Storage.Migrations;

/// <summary>
/// Brings the schema to the newest version: under the dialect's migration lock, applies each script
/// not yet in schema_migrations, in order, and records it. Safe to run again and from two processes.
/// </summary>
internal sealed partial class MigrationRunner(Database database, TimeProvider time, ILogger<MigrationRunner> logger)
{
    private volatile bool _completed;

    /// <summary>True once the schema is current in this process: the readiness check waits for it.</summary>
    public bool Completed => _completed;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var scripts = MigrationScript.For(database.Dialect);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var migrationLock = await database.LockMigrationsAsync(connection, cancellationToken))
        {
            var transaction = migrationLock.Transaction;
            await connection.ExecuteAsync(database.Sql.CreateMigrationsTable, transaction: transaction);
            var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations", transaction: transaction)).ToHashSet();
            foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await connection.ExecuteAsync(script.Sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { script.Version, script.Name, AppliedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
                    transaction);
                Applied(script.Name, database.Dialect);
            }

            await migrationLock.CompleteAsync();
        }

        _completed = true;
    }

    [LoggerMessage(EventId = 1, EventName = "MigrationApplied", Level = LogLevel.Information,
        Message = "Applied migration {Migration} ({Dialect})")]
    private partial void Applied(string migration, string dialect);
}
