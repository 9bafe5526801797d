using Kf.Contracts;
using MassTransit;

namespace Kf.Ingress.Tests.RealBroker;

public sealed class CallbackProbeConsumer(CallbackProbe probe) : IConsumer<CallbackReceived>
{
    public Task Consume(ConsumeContext<CallbackReceived> context)
    {
        probe.Received(context.Message);
        return Task.CompletedTask;
    }
}
