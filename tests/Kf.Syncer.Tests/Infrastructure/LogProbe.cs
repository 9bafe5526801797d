using System.Collections.Concurrent;
using Kf.Contracts;
using Kf.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>
/// Notes, as each CustomerMessageReceived is published, which of the same customer's msgids are in the
/// message log already: the responder's catch-up across replicas needs the earlier ones there.
/// </summary>
public sealed class LogProbe(IServiceProvider services) : IPublishObserver
{
    public ConcurrentDictionary<string, HashSet<string>> LoggedBefore { get; } = new(StringComparer.Ordinal);

    public async Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Message is CustomerMessageReceived message)
        {
            var log = await services.GetRequiredService<IMessageLog>().ListAsync(message.OpenKfId, 10_000);
            LoggedBefore[message.MsgId] = [.. log.Where(e => e.ExternalUserId == message.ExternalUserId).Select(e => e.MsgId)];
        }
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
