using Kf.Sender.Diagnostics;
using Kf.Storage;

namespace Kf.Sender.Sending;

/// <summary>
/// Keeps a claim from lapsing while its holder is still at work on the part (calling send_msg,
/// recording the outcome): renewed every third of <see cref="SenderOptions.ClaimTtl"/>. A claim that
/// lapsed under a live holder would let a copy of the part (a broker redelivery, a duplicate publish)
/// claim it again and call send_msg a second time. A holder that dies stops renewing, so its claim
/// still lapses within the TTL.
/// </summary>
internal sealed class ClaimRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private ClaimRenewal(IDeliveryLedger ledger, string sendMsgId, int attempt, TimeSpan ttl, TimeProvider time, ILogger logger) =>
        _renewing = RenewAsync(ledger, sendMsgId, attempt, ttl, time, logger);

    public static ClaimRenewal Start(IDeliveryLedger ledger, string sendMsgId, int attempt, TimeSpan ttl, TimeProvider time, ILogger logger) =>
        new(ledger, sendMsgId, attempt, ttl, time, logger);

    private async Task RenewAsync(IDeliveryLedger ledger, string sendMsgId, int attempt, TimeSpan ttl, TimeProvider time, ILogger logger)
    {
        using var timer = new PeriodicTimer(ttl / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    // Not the stop token: stopping waits for a renewal under way, so none lands after a release.
                    if (!await ledger.RenewAsync(sendMsgId, attempt, ttl, CancellationToken.None))
                    {
                        logger.ClaimLost(sendMsgId, attempt);
                        return;
                    }
                }
                catch (Exception e)
                {
                    // The claim still has two thirds of its TTL: try again at the next tick.
                    logger.ClaimRenewalFailed(sendMsgId, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the holder is done.
        }
    }

    /// <summary>Stops renewing and waits for a renewal under way; the claim then lasts its TTL from the last renewal.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }
}
