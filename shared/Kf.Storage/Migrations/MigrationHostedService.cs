using Microsoft.Extensions.Hosting;

namespace Kf.Storage.Migrations;

/// <summary>
/// Migrates during host start. Hosted services start in order and before the web server listens,
/// so no request reaches a store on an old schema; a failure stops the host.
/// </summary>
internal sealed class MigrationHostedService(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
