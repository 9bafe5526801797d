using Kf.Contracts;
using MassTransit;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>
/// A broker that refuses the first <see cref="Failures"/> SendKfMessage publishes: the responder has
/// stored its plan (the model has answered) and then cannot hand it on, as if it crashed right there.
/// </summary>
public sealed class FailingSendPublish : IPublishObserver
{
    private int _failures;

    public int Failures
    {
        get => Volatile.Read(ref _failures);
        set => Volatile.Write(ref _failures, value);
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class =>
        context.Message is SendKfMessage && Interlocked.Decrement(ref _failures) >= 0
            ? throw new InvalidOperationException("Injected: the broker refused the publish.")
            : Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
