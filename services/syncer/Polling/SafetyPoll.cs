using Kf.Storage;
using Kf.Syncer.Diagnostics;
using Kf.Syncer.Pulling;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Polling;

/// <summary>
/// Pulls every known account (Syncer:OpenKfIds and every account with a cursor) at start and every
/// Syncer:SafetyPollInterval: recovers dropped callbacks and drains backlogs after an outage
/// (WECOM_PROTOCOL.md §11.6). Pulls without a token, so the lease keeps it from racing callbacks.
/// </summary>
internal sealed class SafetyPoll(
    IServiceScopeFactory scopes,
    IOptions<SyncerOptions> options,
    TimeProvider time,
    ILogger<SafetyPoll> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SafetyPollInterval, time);
        do
        {
            await PollOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var openKfId in await AccountsAsync(scope.ServiceProvider, cancellationToken))
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<SyncPuller>().PullAsync(openKfId, null, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.SafetyPollFailed(openKfId, e);
            }
        }
    }

    private async Task<IEnumerable<string>> AccountsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = new SortedSet<string>(options.Value.OpenKfIds, StringComparer.Ordinal);
        try
        {
            accounts.UnionWith(await services.GetRequiredService<ICursorStore>().ListAccountsAsync(cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.SafetyPollListFailed(e);
        }

        return accounts;
    }
}
