using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Syncer.Consumers;

/// <summary>
/// Endpoint <c>callback-received</c>. Retry is the bus-wide bounded exponential policy (Kf:Bus:Retry*),
/// which covers WeCom, Redis and database hiccups; a second layer here would multiply it. Waiting out
/// a pending claim is the consumer's own bounded loop, since it is not an error.
/// </summary>
internal sealed class CallbackReceivedConsumerDefinition : ConsumerDefinition<CallbackReceivedConsumer>
{
    public CallbackReceivedConsumerDefinition(IOptions<SyncerOptions> options)
    {
        // Pulls of different accounts run side by side; one account's notices meet at its lease.
        ConcurrentMessageLimit = options.Value.ConcurrentPulls;
    }
}
