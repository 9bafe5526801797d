using Kf.Storage;

namespace Kf.Sender.Sending;

/// <summary>
/// Whether a part's predecessor is settled (delivered or failed). Parts of one answer are published
/// together and usually overtake each other by milliseconds, so the gate first waits a little in
/// place; only a predecessor that is slow (retrying, throttled) costs a delayed redelivery.
/// </summary>
internal sealed class OrderGate(IDeliveryLedger ledger, TimeProvider time)
{
    private static readonly TimeSpan InlineWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits up to 2 s for a predecessor the caller has just found unsettled; true once it is settled.</summary>
    public async Task<bool> WaitSettledAsync(string previousSendMsgId, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + InlineWait;
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            if (await ledger.FindAsync(previousSendMsgId, cancellationToken) is { IsFinal: true })
            {
                return true;
            }
        }

        return false;
    }
}
