using MySql.Data.MySqlClient;

namespace Kf.Storage;

/// <summary>Opens MySQL connections with the driver made fit for current servers.</summary>
public sealed class MySqlConnectionFactory
{
    /// <summary>Creates a factory for the given ADO.NET connection string.</summary>
    /// <remarks>
    /// Without an explicit charset the driver takes the server's default, which may be 3-byte
    /// utf8: Chinese text survives that, emoji do not. Kf stores customer text, so it asks for
    /// utf8mb4 unless the connection string says otherwise.
    /// </remarks>
    public MySqlConnectionFactory(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.CharacterSet))
        {
            builder.CharacterSet = "utf8mb4";
        }

        ConnectionString = builder.ConnectionString;
    }

    /// <summary>The connection string used, with the charset filled in.</summary>
    public string ConnectionString { get; }

    /// <summary>Opens a new connection (from the driver's pool); the caller disposes it.</summary>
    public async Task<MySqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        MySqlCompatibility.Apply();
        var connection = new MySqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
