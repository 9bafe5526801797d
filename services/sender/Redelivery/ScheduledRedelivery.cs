using Kf.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Kf.Sender.Redelivery;

/// <summary>
/// Redelivery on the in-memory transport (all-in-one, tests): MassTransit's delayed message scheduler
/// (<c>AddDelayedMessageScheduler</c>), which the in-memory transport serves itself, with the same steps
/// as the parking queues. Held in memory: a process that stops loses them, as it loses its whole bus.
/// </summary>
internal sealed class ScheduledRedelivery(IMessageScheduler scheduler, IOptions<SenderOptions> options, TimeProvider time) : IRedelivery
{
    public Task RedeliverAsync(ConsumeContext<SendKfMessage> context, int step, HoldState hold) =>
        scheduler.ScheduleSend(
            context.ReceiveContext.InputAddress,
            (time.GetUtcNow() + options.Value.DelayOf(step)).UtcDateTime,
            context.Message,
            Pipe.Execute<SendContext<SendKfMessage>>(send => hold.WriteTo(send.Headers)),
            context.CancellationToken);
}
