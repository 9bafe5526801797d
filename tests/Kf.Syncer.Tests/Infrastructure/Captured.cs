using System.Collections.Concurrent;
using Kf.Contracts;

namespace Kf.Syncer.Tests.Infrastructure;

/// <summary>What reached the bus for one test's account (a shared broker carries other tests' messages too).</summary>
public sealed class Captured(string openKfId)
{
    private int _callbacksConsumed;

    public ConcurrentQueue<CustomerMessageReceived> Messages { get; } = new();

    public ConcurrentQueue<CustomerEventReceived> Events { get; } = new();

    /// <summary>CallbackReceived messages whose consumer finished (successfully or not).</summary>
    public int CallbacksConsumed => Volatile.Read(ref _callbacksConsumed);

    public List<string> MessageIds => [.. Messages.Select(m => m.MsgId)];

    internal void Add(CustomerMessageReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            Messages.Enqueue(message);
        }
    }

    internal void Add(CustomerEventReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            Events.Enqueue(message);
        }
    }

    internal void CallbackConsumed(CallbackReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            Interlocked.Increment(ref _callbacksConsumed);
        }
    }

    /// <summary>Waits until every msgid in <paramref name="expected"/> was published.</summary>
    public Task WaitForAsync(IEnumerable<string> expected, string what)
    {
        var wanted = expected.ToHashSet();
        return Eventually.WaitAsync(() => wanted.IsSubsetOf(MessageIds), what);
    }
}
