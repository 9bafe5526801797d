using Dapper;

namespace Kf.Storage.Sql;

internal sealed class SqlCursorStore(Database database, TimeProvider time) : ICursorStore
{
    public async Task<SyncCursor?> GetAsync(string openKfId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT open_kfid AS OpenKfId, `cursor` AS `Cursor`, fence AS Fence, updated_at AS UpdatedAt FROM cursors WHERE open_kfid = @openKfId",
            new { openKfId }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new SyncCursor(row.OpenKfId, row.Cursor, row.Fence, DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedAt));
    }

    public async Task<bool> TrySaveAsync(string openKfId, string cursor, long fence, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            database.Sql.SaveCursor,
            new { OpenKfId = openKfId, Cursor = cursor, Fence = fence, UpdatedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return changed > 0;
    }

    public async Task<IReadOnlyList<string>> ListAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var accounts = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT open_kfid FROM cursors ORDER BY open_kfid", cancellationToken: cancellationToken));
        return accounts.ToList();
    }

    // Properties, not a positional record: Dapper then converts SQLite's 64-bit integers as needed.
    private sealed class Row
    {
        public string OpenKfId { get; set; } = "";

        public string Cursor { get; set; } = "";

        public long Fence { get; set; }

        public long UpdatedAt { get; set; }
    }
}
