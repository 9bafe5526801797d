using System.Collections.Concurrent;
using Kf.Contracts;
using MassTransit;

namespace Kf.Deploy.Tests.Infrastructure;

public sealed class CallbackCaptureConsumer(ConcurrentQueue<CallbackReceived> received) : IConsumer<CallbackReceived>
{
    public Task Consume(ConsumeContext<CallbackReceived> context)
    {
        received.Enqueue(context.Message);
        return Task.CompletedTask;
    }
}
