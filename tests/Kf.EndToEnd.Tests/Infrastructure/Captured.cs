using System.Collections.Concurrent;
using Kf.Contracts;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>What reached the bus for one test's account; the shared broker carries other runs' messages too.</summary>
public sealed class Captured(string openKfId)
{
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentQueue<string> _events = new();
    private int _callbacks;

    /// <summary>msgids of CustomerMessageReceived, one entry per delivery (a duplicate shows twice).</summary>
    public IReadOnlyList<string> MessageIds => [.. _messages];

    public IReadOnlyList<string> EventIds => [.. _events];

    /// <summary>CallbackReceived the ingress published for this account.</summary>
    public int Callbacks => Volatile.Read(ref _callbacks);

    internal void Add(CustomerMessageReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            _messages.Enqueue(message.MsgId);
        }
    }

    internal void Add(CustomerEventReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            _events.Enqueue(message.MsgId);
        }
    }

    internal void Add(CallbackReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            Interlocked.Increment(ref _callbacks);
        }
    }

    /// <summary>Waits (bounded) until every msgid in <paramref name="expected"/> reached the bus.</summary>
    public Task WaitForAsync(IEnumerable<string> expected, string what, int seconds = 60)
    {
        var wanted = expected.ToHashSet();
        return Eventually.WaitAsync(() => wanted.IsSubsetOf(MessageIds), what, seconds);
    }

    /// <summary>How many times each msgid was published, for those published more than once.</summary>
    public Dictionary<string, int> Duplicates() =>
        MessageIds.GroupBy(id => id).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Count());
}
