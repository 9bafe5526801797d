using Kf.Contracts;
using Kf.Coordination;
using Kf.Syncer.Diagnostics;
using Kf.Syncer.Signals;
using Kf.WeCom;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Pulling;

/// <summary>
/// One pull of an account, used by the CallbackReceived consumer and the safety poll. Only the lease
/// holder pulls (one puller per open_kfid across replicas). A notice that loses the lease race is not
/// lost: it raised the account's pull signal first, and the holder, after releasing, sees the signal
/// moved and pulls another round (or a newer holder, who started after the release, covers it).
/// </summary>
internal sealed class SyncPuller(
    ILeases leases,
    IPullSignals signals,
    PullRound round,
    IPublishEndpoint publish,
    IOptions<SyncerOptions> options,
    IOptions<WeComOptions> wecom,
    TimeProvider time,
    SyncerMetrics metrics,
    ILogger<SyncPuller> logger)
{
    public async Task<PullOutcome> PullAsync(string openKfId, string? syncToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(openKfId);
        var settings = options.Value;
        // Raised before trying the lease: a holder reading the signal after its release then sees it.
        await signals.RaiseAsync(openKfId);
        var outcome = PullOutcome.Busy;
        for (var rounds = 0; rounds < settings.MaxRoundsPerPull; rounds++)
        {
            var lease = await leases.TryAcquireAsync(LeaseKey(openKfId), settings.LeaseTtl);
            if (lease is null)
            {
                // Round 0: the holder was signalled. Later rounds: the new holder started after our release.
                logger.PullBusy(openKfId);
                return rounds == 0 ? Count(PullOutcome.Busy, TimeSpan.Zero) : PullOutcome.Busy;
            }

            var seen = await signals.ReadAsync(openKfId);
            outcome = await HoldingAsync(lease, openKfId, syncToken, cancellationToken);
            if (outcome != PullOutcome.Drained || await signals.ReadAsync(openKfId) == seen)
            {
                break;
            }

            outcome = PullOutcome.Truncated;
        }

        if (outcome == PullOutcome.Truncated)
        {
            await ContinueLaterAsync(openKfId, syncToken, cancellationToken);
        }

        return outcome;
    }

    /// <summary>One round under <paramref name="lease"/>, released afterwards; tests call it with a lease of their own.</summary>
    internal async Task<PullOutcome> HoldingAsync(Lease lease, string openKfId, string? syncToken, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var outcome = PullOutcome.LeaseLost;
        try
        {
            outcome = await round.RunAsync(lease, openKfId, syncToken, cancellationToken);
            return outcome;
        }
        finally
        {
            await leases.ReleaseAsync(lease);
            Count(outcome, time.GetElapsedTime(started));
        }
    }

    internal static string LeaseKey(string openKfId) => $"sync:{openKfId}";

    private PullOutcome Count(PullOutcome outcome, TimeSpan elapsed)
    {
        metrics.Pulled(outcome, elapsed);
        return outcome;
    }

    // A bound stopped us with more to do: queue a follow-up instead of looping on, so one busy account
    // cannot hold a consumer forever and other accounts' pulls interleave.
    private async Task ContinueLaterAsync(string openKfId, string? syncToken, CancellationToken cancellationToken)
    {
        logger.PullContinued(openKfId, PullOutcome.Truncated);
        await publish.Publish(
            new CallbackReceived
            {
                OpenKfId = openKfId,
                SyncToken = syncToken,
                ReceivedAt = time.GetUtcNow(),
                CorpId = wecom.Value.CorpId ?? "",
            },
            cancellationToken);
    }
}
