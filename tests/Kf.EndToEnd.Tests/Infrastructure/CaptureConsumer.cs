using Kf.Contracts;
using MassTransit;

namespace Kf.EndToEnd.Tests.Infrastructure;

public sealed class CaptureConsumer(Captured captured)
    : IConsumer<CustomerMessageReceived>, IConsumer<CustomerEventReceived>, IConsumer<CallbackReceived>
{
    public Task Consume(ConsumeContext<CustomerMessageReceived> context)
    {
        captured.Add(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<CustomerEventReceived> context)
    {
        captured.Add(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<CallbackReceived> context)
    {
        captured.Add(context.Message);
        return Task.CompletedTask;
    }
}
