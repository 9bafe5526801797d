using Kf.Contracts;
using MassTransit;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>Counts finished CustomerMessageReceived consumers (faults included), so a test knows the responder is done.</summary>
public sealed class ConsumedObserver(Captured captured) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Count(context);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Count(context);

    private Task Count<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is CustomerMessageReceived message)
        {
            captured.MessageConsumed(message);
        }

        return Task.CompletedTask;
    }
}
