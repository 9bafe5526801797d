using System.Data.Common;
using Dapper;
using MySql.Data.MySqlClient;

namespace Kf.Storage.Sql;

/// <summary>MySQL or MariaDB through MySql.Data 8.0.16 (its async calls block inside: see README).</summary>
internal sealed class MySqlDatabase : Database
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);
    private readonly MySqlConnectionFactory _connections;

    public MySqlDatabase(string connectionString)
    {
        // Affected rows, not found rows: an upsert that leaves a row as it was then reports 0, which
        // is how the fenced cursor write and the once-only inserts tell "refused" from "done".
        var builder = new MySqlConnectionStringBuilder(connectionString) { UseAffectedRows = true };
        _connections = new MySqlConnectionFactory(builder.ConnectionString);
    }

    public override string Dialect => "MySql";

    public override DialectSql Sql { get; } = new()
    {
        CreateMigrationsTable = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INT          NOT NULL PRIMARY KEY,
                name       VARCHAR(200) NOT NULL,
                applied_at BIGINT       NOT NULL
            ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
            """,
        // MySQL evaluates the assignments left to right, each seeing the ones before: fence goes last
        // so that every IF compares against the stored fence.
        SaveCursor = """
            INSERT INTO cursors (open_kfid, `cursor`, fence, version, updated_at)
            VALUES (@OpenKfId, @Cursor, @Fence, 1, @UpdatedAt)
            ON DUPLICATE KEY UPDATE
                `cursor`   = IF(VALUES(fence) >= fence, VALUES(`cursor`), `cursor`),
                updated_at = IF(VALUES(fence) >= fence, VALUES(updated_at), updated_at),
                version    = IF(VALUES(fence) >= fence, version + 1, version),
                fence      = IF(VALUES(fence) >= fence, VALUES(fence), fence)
            """,
        // Not INSERT IGNORE: that would also turn real errors (a too-long value) into warnings.
        RecordMessageConflict = "ON DUPLICATE KEY UPDATE msgid = msgid",
        // A duplicate takes an exclusive lock under ON DUPLICATE KEY UPDATE (INSERT IGNORE takes a
        // shared one, and concurrent first contacts then deadlock upgrading it).
        InsertCustomer = """
            INSERT INTO customers (open_kfid, external_userid, user_id, created_at)
            VALUES (@OpenKfId, @ExternalUserId, @UserId, @CreatedAt)
            ON DUPLICATE KEY UPDATE user_id = user_id
            """,
        SetBackendState = """
            INSERT INTO customer_backend_state (user_id, backend, state_key, value, updated_at)
            VALUES (@UserId, @Backend, @Key, @Value, @UpdatedAt)
            ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)
            """,
        // Left to right, each IF seeing the assignments before it: claimed_until goes last because the
        // condition reads it. Final rows and live claims stay as they are, which reports 0 rows.
        ClaimDelivery = $"""
            INSERT INTO deliveries ({DeliveryColumns.Insert})
            VALUES ({DeliveryColumns.Values})
            ON DUPLICATE KEY UPDATE
                attempts      = IF(status = 'Sending' AND claimed_until <= VALUES(updated_at), attempts + 1, attempts),
                updated_at    = IF(status = 'Sending' AND claimed_until <= VALUES(updated_at), VALUES(updated_at), updated_at),
                claimed_until = IF(status = 'Sending' AND claimed_until <= VALUES(updated_at), VALUES(claimed_until), claimed_until)
            """,
        ChangedRows = "ROW_COUNT()",
        // status goes last for the same reason.
        FinishDelivery = $"""
            INSERT INTO deliveries ({DeliveryColumns.Insert})
            VALUES ({DeliveryColumns.Values})
            ON DUPLICATE KEY UPDATE
                errcode       = IF(status = 'Sending', VALUES(errcode), errcode),
                reason        = IF(status = 'Sending', VALUES(reason), reason),
                wecom_msgid   = IF(status = 'Sending', VALUES(wecom_msgid), wecom_msgid),
                claimed_until = IF(status = 'Sending', 0, claimed_until),
                updated_at    = IF(status = 'Sending', VALUES(updated_at), updated_at),
                status        = IF(status = 'Sending', VALUES(status), status)
            """,
        // A duplicate key takes the row's exclusive lock, held to the end of the transaction (the
        // point: see DialectSql); the plain read that follows then sees every earlier writer's commit.
        LockKnowledgeVersion = """
            INSERT INTO kb_versions (profile, version) VALUES (@Profile, 0)
            ON DUPLICATE KEY UPDATE version = version
            """,
        RecordUnknownQuestion = $"""
            {KnowledgeSql.InsertUnknownQuestion}
            ON DUPLICATE KEY UPDATE msgid = msgid
            """,
    };

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _connections.OpenAsync(cancellationToken);

    public override async Task<MigrationLock> LockMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // GET_LOCK is server-wide: name it after the database so databases migrate independently.
        // The lock belongs to the session, and pooled sessions outlive Close: it is released explicitly.
        var name = await connection.ExecuteScalarAsync<string>("SELECT CONCAT('kf_migrations.', DATABASE())");
        var got = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT GET_LOCK(@name, @timeout)", new { name, timeout = (int)LockTimeout.TotalSeconds },
            cancellationToken: cancellationToken));
        if (got != 1)
        {
            throw new TimeoutException($"Another process held the migration lock '{name}' for over {LockTimeout.TotalSeconds:0} s.");
        }

        return new MigrationLock(null, () => connection.ExecuteAsync("DO RELEASE_LOCK(@name)", new { name }));
    }
}
