using Kf.Contracts;
using MassTransit;

namespace Kf.ServiceDefaults.Tests.RealServers;

// Completes the waiter for the OpenKfId a test published; leftovers of earlier runs are ignored.
public sealed class CallbackProbeConsumer(CallbackProbe probe) : IConsumer<CallbackReceived>
{
    public Task Consume(ConsumeContext<CallbackReceived> context)
    {
        probe.Received(context.Message);
        return Task.CompletedTask;
    }
}
