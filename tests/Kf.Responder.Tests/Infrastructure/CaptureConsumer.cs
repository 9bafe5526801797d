using Kf.Contracts;
using MassTransit;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>Stands where the sender would: keeps every SendKfMessage for the test to read.</summary>
public sealed class CaptureConsumer(Captured captured) : IConsumer<SendKfMessage>
{
    public Task Consume(ConsumeContext<SendKfMessage> context)
    {
        captured.Add(context.Message);
        return Task.CompletedTask;
    }
}
