using Kf.Contracts;
using MassTransit;

namespace Kf.Sender.Tests.Infrastructure;

public sealed class OutcomeConsumer(Outcomes outcomes) : IConsumer<KfMessageDelivered>, IConsumer<KfMessageFailed>
{
    public Task Consume(ConsumeContext<KfMessageDelivered> context)
    {
        outcomes.Add(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<KfMessageFailed> context)
    {
        outcomes.Add(context.Message);
        return Task.CompletedTask;
    }
}
