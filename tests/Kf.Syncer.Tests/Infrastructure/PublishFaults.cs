using System.Collections.Concurrent;
using Kf.Contracts;
using MassTransit;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// Fails the next publish of the chosen msgids once, inside MassTransit's publish pipeline, as a broker
/// that refuses a message would: the syncer's publish call throws and nothing reaches the queue.
/// </summary>
public sealed class PublishFaults : IPublishObserver
{
    private readonly ConcurrentDictionary<string, bool> _failNext = new(StringComparer.Ordinal);

    public void FailOnce(string msgId) => _failNext[msgId] = true;

    public async Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        // Failing after a yield, as a broker's nack arrives later: the page's other publishes are under way.
        await Task.Yield();
        if (context.Message is CustomerMessageReceived message && _failNext.TryRemove(message.MsgId, out _))
        {
            throw new InvalidOperationException($"Injected publish failure for {message.MsgId}.");
        }
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
