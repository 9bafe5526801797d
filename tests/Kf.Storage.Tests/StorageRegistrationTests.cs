using Kf.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kf.Storage.Tests;

// AddKfStorage as a service's Program.cs uses it: the switch, validation at start, migrations, readiness.
public sealed class StorageRegistrationTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kf-storage-host-").FullName;
    private readonly MySqlTestDatabase _mySql = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _mySql.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Should_fail_at_start_naming_the_key_when_ConnectionStrings_MySql_is_missing()
    {
        using var host = Build([]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:MySql", error.Message);
    }

    [Fact]
    public async Task Should_migrate_at_start_and_report_ready_when_Kf_Storage_is_Sqlite()
    {
        using var host = Build(new()
        {
            ["Kf:Storage"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "kf.db")}",
        });

        await host.StartAsync();

        await AssertServesAsync(host);
        await host.StopAsync();
    }

    [Fact]
    public async Task Should_migrate_at_start_and_report_ready_when_Kf_Storage_is_MySql()
    {
        await _mySql.InitializeAsync();
        using var host = Build(new() { ["ConnectionStrings:MySql"] = _mySql.Connections.ConnectionString });

        await host.StartAsync();

        await AssertServesAsync(host);
        await host.StopAsync();
    }

    private static async Task AssertServesAsync(IHost host)
    {
        Assert.True(await host.Services.GetRequiredService<ICursorStore>().TrySaveAsync("wk", "c", 1));
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries["database"].Status);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddKfStorage();
        return builder.Build();
    }
}
