using Kf.Contracts;
using MassTransit;

namespace Kf.Sender.Redelivery;

/// <summary>
/// Redelivery on stock RabbitMQ (no delayed-exchange plugin): the part is sent to the parking queue of
/// its step, which holds it for its <c>x-message-ttl</c> and then dead-letters it to the sender's
/// input exchange. Every message of one queue has the same TTL, so expiry follows queue order.
/// </summary>
internal sealed class ParkingQueueRedelivery(ParkingQueues queues) : IRedelivery
{
    public async Task RedeliverAsync(ConsumeContext<SendKfMessage> context, int step, HoldState hold)
    {
        await queues.EnsureDeclaredAsync(context.CancellationToken);
        // exchange: only: MassTransit declares the exchange as we did (fanout, durable) and leaves our queue's arguments alone.
        var endpoint = await context.GetSendEndpoint(new Uri($"exchange:{queues.NameOf(step)}"));
        await endpoint.Send(context.Message, Pipe.Execute<SendContext<SendKfMessage>>(send => hold.WriteTo(send.Headers)), context.CancellationToken);
    }
}
