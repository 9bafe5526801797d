using Dapper;
using Kf.Storage;
using Kf.Testing;
using MySql.Data.MySqlClient;

namespace Kf.Smoke.Tests;

// The shim changes process-wide driver state, and every other MySQL test here applies it: the
// unshimmed driver is observed in a child process (Kf.Smoke.CharsetProbe).
public sealed class MySqlCompatibilityTests
{
    private static string Database => new MySqlConnectionStringBuilder(TestServers.MySql).Database;

    [Fact]
    public async Task Should_fail_with_the_utf8mb3_charset_error_when_the_driver_runs_without_the_shim()
    {
        await using (var connection = await new MySqlConnectionFactory(await TestServers.RequireMySqlAsync()).OpenAsync())
        {
            var utf8mb3 = await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM information_schema.COLLATIONS WHERE CHARACTER_SET_NAME = 'utf8mb3'");
            Assert.True(utf8mb3 > 0, "this server does not report utf8mb3 (MySQL < 8.0.30?): the proof needs one that does");
        }

        var run = await CharsetProbeRun.StartAsync(shim: false);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Character set 'utf8mb3' is not supported", run.Error);
    }

    [Fact]
    public async Task Should_read_utf8mb3_values_when_the_shim_is_applied_in_a_fresh_process()
    {
        await TestServers.RequireMySqlAsync();

        var run = await CharsetProbeRun.StartAsync(shim: true);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal($"database: {Database}", run.Output.Trim());
    }

    [Fact]
    public async Task Should_read_utf8mb3_values_when_the_shim_is_applied_repeatedly_from_many_threads()
    {
        Parallel.For(0, 16, _ => MySqlCompatibility.Apply());

        await using var connection = await new MySqlConnectionFactory(await TestServers.RequireMySqlAsync()).OpenAsync();

        Assert.Equal(Database, await connection.ExecuteScalarAsync<string>("SELECT DATABASE()"));
        Assert.Equal("utf8mb4", await connection.ExecuteScalarAsync<string>("SELECT @@character_set_connection"));
    }
}
