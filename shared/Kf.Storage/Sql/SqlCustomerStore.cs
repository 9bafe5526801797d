using System.Data.Common;
using Dapper;

namespace Kf.Storage.Sql;

internal sealed class SqlCustomerStore(Database database, TimeProvider time) : ICustomerStore
{
    private const string Select =
        "SELECT user_id AS UserId, open_kfid AS OpenKfId, external_userid AS ExternalUserId, created_at AS CreatedAt FROM customers";

    public async Task<Customer> GetOrCreateAsync(string openKfId, string externalUserId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var key = new { OpenKfId = openKfId, ExternalUserId = externalUserId };
        if (await FindByKeyAsync(connection, key, cancellationToken) is { } existing)
        {
            return existing;
        }

        // Racing first contacts each propose an id; the key admits one row, and all read that one.
        var now = time.GetUtcNow();
        await connection.ExecuteAsync(new CommandDefinition(database.Sql.InsertCustomer, new
        {
            key.OpenKfId,
            key.ExternalUserId,
            UserId = Guid.CreateVersion7(now).ToString("N"),
            CreatedAt = now.ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken));
        return await FindByKeyAsync(connection, key, cancellationToken)
            ?? throw new InvalidOperationException("The customer row vanished right after it was written.");
    }

    public async Task<Customer?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"{Select} WHERE user_id = @userId", new { userId }, cancellationToken: cancellationToken));
        return row?.ToCustomer();
    }

    public async Task SetBackendStateAsync(string userId, string backend, string key, string? value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = value is null
            ? "DELETE FROM customer_backend_state WHERE user_id = @UserId AND backend = @Backend AND state_key = @Key"
            : database.Sql.SetBackendState;
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            UserId = userId,
            Backend = backend,
            Key = key,
            Value = value,
            UpdatedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken));
    }

    public async Task<string?> GetBackendStateAsync(string userId, string backend, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT value FROM customer_backend_state WHERE user_id = @userId AND backend = @backend AND state_key = @key",
            new { userId, backend, key }, cancellationToken: cancellationToken));
    }

    private static async Task<Customer?> FindByKeyAsync(DbConnection connection, object key, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"{Select} WHERE open_kfid = @OpenKfId AND external_userid = @ExternalUserId", key, cancellationToken: cancellationToken));
        return row?.ToCustomer();
    }

    private sealed class Row
    {
        public string UserId { get; set; } = "";

        public string OpenKfId { get; set; } = "";

        public string ExternalUserId { get; set; } = "";

        public long CreatedAt { get; set; }

        public Customer ToCustomer() => new(UserId, OpenKfId, ExternalUserId, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt));
    }
}
