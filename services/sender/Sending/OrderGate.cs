using Kf.Storage;

namespace Kf.Sender.Sending;

/// <summary>
/// Whether a part's predecessor is settled (delivered or failed). Parts of one answer are published
/// together and usually overtake each other by milliseconds, so the gate first waits a little in
/// place — woken by <see cref="SettledParts"/> when this process settles the predecessor, polling the
/// ledger for one settled elsewhere; only a predecessor that is slow (retrying, throttled) costs a
/// delayed redelivery.
/// </summary>
internal sealed class OrderGate(IDeliveryLedger ledger, SettledParts settled, TimeProvider time)
{
    private static readonly TimeSpan InlineWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits up to 2 s for a predecessor the caller has just found unsettled; true once it is settled.</summary>
    public async Task<bool> WaitSettledAsync(string previousSendMsgId, CancellationToken cancellationToken)
    {
        var signal = settled.WhenSettled(previousSendMsgId);
        try
        {
            var deadline = time.GetUtcNow() + InlineWait;
            // Once at once: it may have settled between the caller's look and the signal's registration.
            while (true)
            {
                if (signal.IsCompleted || await ledger.FindAsync(previousSendMsgId, cancellationToken) is { IsFinal: true })
                {
                    return true;
                }

                var left = deadline - time.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }

                await Task.WhenAny(signal, Task.Delay(left < PollInterval ? left : PollInterval, time, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            settled.StopWaiting(previousSendMsgId, signal);
        }
    }
}
