using System.Security.Cryptography;
using Kf.Storage;
using MySql.Data.MySqlClient;
using Xunit;

namespace Kf.Testing;

/// <summary>
/// A throwaway database <c>kf_t_&lt;random&gt;</c> for one test class (use as a class fixture), created
/// on the server of KF_TEST_MYSQL and dropped on dispose, so suites never see each other's rows.
/// </summary>
public sealed class MySqlTestDatabase : IAsyncLifetime
{
    private MySqlConnectionFactory? _server;
    private MySqlConnectionFactory? _database;

    /// <summary>The database name; the test user may create any <c>kf_%</c> database.</summary>
    public string Name { get; } = "kf_t_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Connections into this database.</summary>
    public MySqlConnectionFactory Connections =>
        _database ?? throw new InvalidOperationException("MySqlTestDatabase is used before InitializeAsync.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _server = new MySqlConnectionFactory(await TestServers.RequireMySqlAsync());
        await ExecuteAsync($"CREATE DATABASE `{Name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        _database = new MySqlConnectionFactory(
            new MySqlConnectionStringBuilder(_server.ConnectionString) { Database = Name }.ConnectionString);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS `{Name}`");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _server!.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
