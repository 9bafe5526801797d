using Dapper;
using Kf.Testing;

namespace Kf.Smoke.Tests;

public sealed class MySqlStorageTests(MySqlTestDatabase database) : IClassFixture<MySqlTestDatabase>
{
    private const string Upsert = """
        INSERT INTO customers (id, name, visits) VALUES (@Id, @Name, 1)
        ON DUPLICATE KEY UPDATE name = VALUES(name), visits = visits + 1
        """;

    [Fact]
    public async Task Should_round_trip_chinese_and_emoji_text_when_stored_in_a_utf8mb4_table()
    {
        await using var connection = await database.Connections.OpenAsync();
        await CreateCustomersAsync(connection);
        const string name = "客服小助手 你好 👋🤖";

        await connection.ExecuteAsync(Upsert, new { Id = "c-text", Name = name });

        Assert.Equal(name, await connection.QuerySingleAsync<string>(
            "SELECT name FROM customers WHERE id = @Id", new { Id = "c-text" }));
    }

    [Fact]
    public async Task Should_update_the_row_when_upserting_an_existing_key()
    {
        await using var connection = await database.Connections.OpenAsync();
        await CreateCustomersAsync(connection);

        await connection.ExecuteAsync(Upsert, new { Id = "c-upsert", Name = "张三" });
        await connection.ExecuteAsync(Upsert, new { Id = "c-upsert", Name = "李四" });

        var row = await connection.QuerySingleAsync<Customer>(
            "SELECT id, name, visits FROM customers WHERE id = @Id", new { Id = "c-upsert" });
        Assert.Equal(new Customer("c-upsert", "李四", 2), row);
    }

    [Fact]
    public async Task Should_keep_the_row_when_the_transaction_commits()
    {
        await using var connection = await database.Connections.OpenAsync();
        await CreateCustomersAsync(connection);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync(Upsert, new { Id = "c-commit", Name = "王五" }, transaction);
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await CountAsync(connection, "c-commit"));
    }

    [Fact]
    public async Task Should_discard_the_row_when_the_transaction_rolls_back()
    {
        await using var connection = await database.Connections.OpenAsync();
        await CreateCustomersAsync(connection);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync(Upsert, new { Id = "c-rollback", Name = "赵六" }, transaction);
            Assert.Equal(1, await CountAsync(connection, "c-rollback", transaction));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await CountAsync(connection, "c-rollback"));
    }

    private static Task CreateCustomersAsync(System.Data.IDbConnection connection) => connection.ExecuteAsync("""
        CREATE TABLE IF NOT EXISTS customers (
            id VARCHAR(64) NOT NULL PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            visits INT NOT NULL
        ) ENGINE = InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        """);

    private static Task<int> CountAsync(System.Data.IDbConnection connection, string id, System.Data.IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM customers WHERE id = @Id", new { Id = id }, transaction);
}
