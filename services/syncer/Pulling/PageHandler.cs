using System.Runtime.ExceptionServices;
using Kf.Coordination;
using Kf.Storage;
using Kf.Syncer.Diagnostics;
using Kf.WeCom.Models.Messages;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Pulling;

/// <summary>
/// One sync_msg page, with the per-message order of invariants 2 and 3 kept page-wise: pending claims on
/// every msgid (one round trip) → skip what was handled → decide → publish (awaiting the broker's
/// confirms) → confirm the claims (one round trip) → record the message log (one statement). A claim
/// is released when its message was not published, so the next pull retries it at once; once
/// published it is kept. The page is done only when every message is; the cursor moves after that.
/// </summary>
/// <remarks>
/// Order (invariant 4): customers go side by side, but one customer's messages go one after another
/// in waves (<see cref="PageWaves"/>): wave k+1 is published only after wave k is confirmed by the
/// broker and recorded. That keeps each customer's messages in order on the queue, and keeps what the
/// responder's catch-up relies on across replicas (ListUnplannedBeforeAsync): when a message reaches
/// the bus, the customer's earlier ones are already in the message log. All claims are taken at the
/// start, so a page must finish within Syncer:PendingClaimTtl (the lease, renewed per page, asks as much).
/// </remarks>
internal sealed class PageHandler(
    IMessageClaims claims,
    IMessageLog log,
    IPublishEndpoint publish,
    TimeProvider time,
    IOptions<SyncerOptions> options,
    SyncerMetrics metrics,
    ILogger<PageHandler> logger)
{
    // Publishes awaiting their confirm at once: enough to hide the broker's round trip, few enough
    // that a page of 1,000 does not flood the channel.
    private const int PublishesInFlight = 64;

    /// <summary>Handles the page; false when a msgid is pending under another syncer's claim (the page stops before it).</summary>
    public async Task<bool> HandleAsync(IReadOnlyList<KfMessage> page, string openKfId, bool coldStart, CancellationToken cancellationToken)
    {
        var candidates = Candidates(page, openKfId);
        if (candidates.Count == 0)
        {
            return true;
        }

        var results = await claims.TryClaimPendingManyAsync([.. candidates.Select(m => m.MsgId)], options.Value.PendingClaimTtl);
        // As when handled one by one: everything before the first msgid pending elsewhere, nothing after it.
        var blockedAt = Enumerable.Range(0, results.Count).FirstOrDefault(i => results[i].Status == ClaimStatus.Pending, results.Count);
        var now = time.GetUtcNow();
        var held = new List<HeldMessage>();
        var surplus = new List<HeldClaim>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (results[i].Status == ClaimStatus.Confirmed && i < blockedAt)
            {
                metrics.Skipped();
            }
            else if (results[i].IsClaimed && i < blockedAt)
            {
                held.Add(new HeldMessage(candidates[i], results[i].Token!, Disposition.Decide(candidates[i], coldStart, now, options.Value.StaleAfter)));
            }
            else if (results[i].IsClaimed)
            {
                surplus.Add(new HeldClaim(candidates[i].MsgId, results[i].Token!));
            }
        }

        if (blockedAt < candidates.Count)
        {
            logger.ClaimPending(candidates[blockedAt].MsgId, openKfId);
            await claims.ReleaseManyAsync(surplus);
        }

        await HandleHeldAsync(held, openKfId, cancellationToken);
        return blockedAt == candidates.Count;
    }

    private async Task HandleHeldAsync(List<HeldMessage> held, string openKfId, CancellationToken cancellationToken)
    {
        // Released on failure: everything not on the bus yet.
        var unpublished = held.Select(h => h.Message.MsgId).ToHashSet(StringComparer.Ordinal);
        try
        {
            // Claims live in Redis, which may lose them (restart without persistence): the database
            // record is the durable answer to "was this handled?".
            var recorded = await log.FindRecordedAsync([.. held.Select(h => h.Message.MsgId)], cancellationToken);
            var handledBefore = held.Where(h => recorded.Contains(h.Message.MsgId)).ToList();
            await ConfirmAsync(handledBefore);
            foreach (var h in handledBefore)
            {
                unpublished.Remove(h.Message.MsgId);
                metrics.Skipped();
            }

            foreach (var wave in PageWaves.Of(held.Where(h => !recorded.Contains(h.Message.MsgId))))
            {
                var failure = await PublishAsync(wave, openKfId, unpublished, cancellationToken);
                // What is on the bus is confirmed and recorded even when a neighbour failed, so the
                // retry skips it. Not cancellable: the publishes already happened.
                var done = wave.Where(h => !unpublished.Contains(h.Message.MsgId)).ToList();
                await ConfirmAsync(done);
                await log.TryRecordManyAsync([.. done.Select(h => LogEntries.Of(h.Message, openKfId, h.Disposition))], CancellationToken.None);
                foreach (var h in done)
                {
                    metrics.Handled(h.Disposition);
                    logger.MessageHandled(h.Message.MsgId, h.Message.MsgType, (int)h.Message.Origin, h.Disposition);
                }

                failure?.Throw();
            }
        }
        catch when (unpublished.Count > 0)
        {
            await claims.ReleaseManyAsync([.. held.Where(h => unpublished.Contains(h.Message.MsgId)).Select(h => h.Claim)]);
            throw;
        }
    }

    // Returns the first failure after every publish of the wave has finished, so none is left in doubt.
    private async Task<ExceptionDispatchInfo?> PublishAsync(
        List<HeldMessage> wave, string openKfId, HashSet<string> unpublished, CancellationToken cancellationToken)
    {
        var published = new bool[wave.Count];
        ExceptionDispatchInfo? failure = null;
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = PublishesInFlight };
            await Parallel.ForEachAsync(Enumerable.Range(0, wave.Count), parallel, async (i, _) =>
            {
                await PublishAsync(wave[i], openKfId, cancellationToken);
                published[i] = true;
            });
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        for (var i = 0; i < wave.Count; i++)
        {
            if (published[i])
            {
                unpublished.Remove(wave[i].Message.MsgId);
            }
        }

        return failure;
    }

    private Task PublishAsync(HeldMessage held, string openKfId, CancellationToken cancellationToken) => held.Disposition switch
    {
        MessageDisposition.Published => publish.Publish(BusMessages.Message(held.Message, openKfId), cancellationToken),
        MessageDisposition.EventPublished => publish.Publish(BusMessages.Event(held.Message, openKfId), cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task ConfirmAsync(List<HeldMessage> done)
    {
        if (done.Count == 0)
        {
            return;
        }

        var confirmed = await claims.ConfirmManyAsync([.. done.Select(h => h.Claim)], ClaimTtl.Final);
        for (var i = 0; i < done.Count; i++)
        {
            if (!confirmed[i])
            {
                logger.ClaimLapsed(done[i].Message.MsgId);
            }
        }
    }

    // Messages without msgid cannot be deduplicated; a msgid repeated in the page is handled once.
    private List<KfMessage> Candidates(IReadOnlyList<KfMessage> page, string openKfId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<KfMessage>(page.Count);
        foreach (var message in page)
        {
            if (string.IsNullOrEmpty(message.MsgId))
            {
                logger.MessageWithoutId(openKfId, message.MsgType);
                metrics.Skipped();
            }
            else if (!seen.Add(message.MsgId))
            {
                metrics.Skipped();
            }
            else
            {
                candidates.Add(message);
            }
        }

        return candidates;
    }
}
