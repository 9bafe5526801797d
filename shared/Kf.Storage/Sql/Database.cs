using System.Data.Common;

namespace Kf.Storage.Sql;

/// <summary>
/// One database and its dialect. The stores and the migration runner are written once against
/// this; each dialect supplies connections, the migration lock and the statements that differ.
/// </summary>
internal abstract class Database
{
    /// <summary>The folder of this dialect's scripts under Migrations/.</summary>
    public abstract string Dialect { get; }

    /// <summary>The statements that differ between dialects (upserts, once-only inserts, DDL).</summary>
    public abstract DialectSql Sql { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Held while migrations run, so that only one process applies them.</summary>
    public abstract Task<MigrationLock> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);
}
