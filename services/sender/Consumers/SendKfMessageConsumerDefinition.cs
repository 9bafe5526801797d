using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Sender.Consumers;

/// <summary>
/// Endpoint <c>Sender:Queue</c> (default <c>sender</c>). WeCom errors never throw out of the consumer:
/// they are redelivered through the parking steps or recorded. What does throw (the database, the bus)
/// gets the bus-wide bounded retry (Kf:Bus:Retry*) and then the <c>_error</c> queue.
/// </summary>
internal sealed class SendKfMessageConsumerDefinition : ConsumerDefinition<SendKfMessageConsumer>
{
    public SendKfMessageConsumerDefinition(IOptions<SenderOptions> options)
    {
        EndpointName = options.Value.Queue;
        // Per process; the per-account rate is shared by all replicas through IRateCounter.
        ConcurrentMessageLimit = options.Value.MaxConcurrency;
    }
}
