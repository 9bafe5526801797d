using Kf.Contracts;
using MassTransit;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>Counts finished CallbackReceived consumers, so a test knows when the pulls it caused are over.</summary>
public sealed class CallbackObserver(Captured captured) : IConsumeObserver
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
        if (context.Message is CallbackReceived callback)
        {
            captured.CallbackConsumed(callback);
        }

        return Task.CompletedTask;
    }
}
