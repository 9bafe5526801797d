using Dapper;
using Microsoft.Data.Sqlite;

namespace Kf.Storage.Tests;

// Microsoft.Data.Sqlite 10.0.14 was built against SQLitePCLRaw 2.1.13; our source only has 3.0.3.
// This proves, on the machine that runs the suite, that the pair loads libe_sqlite3 and works.
public sealed class SqliteNativeLibraryTests
{
    [Fact]
    public async Task Should_load_the_native_library_when_a_connection_opens()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();

        var version = await connection.ExecuteScalarAsync<string>("SELECT sqlite_version()");

        Assert.Matches(@"^3\.\d+\.\d+$", version);
        Assert.Equal("e_sqlite3", SQLitePCL.raw.GetNativeLibraryName());
    }
}
