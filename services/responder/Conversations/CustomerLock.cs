using Kf.Coordination;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Conversations;

/// <summary>
/// One customer at a time across every replica: a lease per (open_kfid, external_userid). Within one
/// instance the endpoint's partitioner already serializes a customer, so waiting here means another
/// replica is answering the same customer.
/// </summary>
internal sealed class CustomerLock(ILeases leases, IOptions<ResponderOptions> options, TimeProvider time)
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    public async Task<HeldLease> AcquireAsync(string openKfId, string externalUserId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var key = $"responder:{openKfId}:{externalUserId}";
        var deadline = time.GetUtcNow() + settings.LeaseWait;
        var pause = TimeSpan.FromMilliseconds(25);
        while (true)
        {
            if (await leases.TryAcquireAsync(key, settings.LeaseTtl) is { } lease)
            {
                return new HeldLease(leases, lease, settings.LeaseTtl);
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new CustomerBusyException(key);
            }

            await Task.Delay(pause, time, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
        }
    }
}
