using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Kf.Storage.Sql;

/// <summary>A SQLite file in WAL mode, for the all-in-one host and tests.</summary>
internal sealed class SqliteDatabase : Database
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private volatile bool _walSet;

    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        _connectionString = builder.ConnectionString;
        // "Default Timeout" (seconds, 30 unless set) bounds Microsoft.Data.Sqlite's own retries on
        // SQLITE_BUSY; busy_timeout lets SQLite wait for the writer inside the same bound.
        _pragmas = $"PRAGMA busy_timeout = {builder.DefaultTimeout * 1000};";
    }

    public override string Dialect => "Sqlite";

    public override DialectSql Sql { get; } = new()
    {
        CreateMigrationsTable = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at INTEGER NOT NULL
            )
            """,
        // The WHERE makes a lower fence a no-op: changes() is then 0.
        SaveCursor = """
            INSERT INTO cursors (open_kfid, `cursor`, fence, version, updated_at)
            VALUES (@OpenKfId, @Cursor, @Fence, 1, @UpdatedAt)
            ON CONFLICT (open_kfid) DO UPDATE SET
                `cursor` = excluded.`cursor`, fence = excluded.fence,
                version = cursors.version + 1, updated_at = excluded.updated_at
            WHERE excluded.fence >= cursors.fence
            """,
        RecordMessageConflict = "ON CONFLICT (msgid) DO NOTHING",
        InsertCustomer = """
            INSERT INTO customers (open_kfid, external_userid, user_id, created_at)
            VALUES (@OpenKfId, @ExternalUserId, @UserId, @CreatedAt)
            ON CONFLICT (open_kfid, external_userid) DO NOTHING
            """,
        SetBackendState = """
            INSERT INTO customer_backend_state (user_id, backend, state_key, value, updated_at)
            VALUES (@UserId, @Backend, @Key, @Value, @UpdatedAt)
            ON CONFLICT (user_id, backend, state_key) DO UPDATE SET
                value = excluded.value, updated_at = excluded.updated_at
            """,
        // The WHERE leaves final rows and live claims alone: changes() is then 0.
        ClaimDelivery = $"""
            INSERT INTO deliveries ({DeliveryColumns.Insert})
            VALUES ({DeliveryColumns.Values})
            ON CONFLICT (send_msgid) DO UPDATE SET
                attempts = deliveries.attempts + 1, claimed_until = excluded.claimed_until, updated_at = excluded.updated_at
            WHERE deliveries.status = 'Sending' AND deliveries.claimed_until <= excluded.updated_at
            """,
        ChangedRows = "changes()",
        FinishDelivery = $"""
            INSERT INTO deliveries ({DeliveryColumns.Insert})
            VALUES ({DeliveryColumns.Values})
            ON CONFLICT (send_msgid) DO UPDATE SET
                status = excluded.status, errcode = excluded.errcode, reason = excluded.reason,
                wecom_msgid = excluded.wecom_msgid, claimed_until = 0, updated_at = excluded.updated_at
            WHERE deliveries.status = 'Sending'
            """,
        // Transactions here begin IMMEDIATE, holding the database's write lock: the row only has to exist.
        LockKnowledgeVersion = """
            INSERT INTO kb_versions (profile, version) VALUES (@Profile, 0)
            ON CONFLICT (profile) DO NOTHING
            """,
        RecordUnknownQuestion = $"""
            {KnowledgeSql.InsertUnknownQuestion}
            ON CONFLICT (msgid) DO NOTHING
            """,
    };

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(_pragmas);
            // WAL is a property of the file and persists: readers then never block the writer.
            // Once per process is enough; two first opens racing both set it, which is harmless.
            if (!_walSet)
            {
                await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
                _walSet = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override Task<MigrationLock> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock up front: a second runner waits (busy_timeout) and
        // then sees the first one's versions. Microsoft.Data.Sqlite issues it for deferred: false.
        cancellationToken.ThrowIfCancellationRequested();
        var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(new MigrationLock(transaction, () => Task.CompletedTask));
    }
}
