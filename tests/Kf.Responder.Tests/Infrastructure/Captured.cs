using System.Collections.Concurrent;
using Kf.Contracts;

namespace Kf.Responder.Tests.Infrastructure;

/// <summary>What the responder put on the bus for one test's account, and how many messages it finished.</summary>
public sealed class Captured(string openKfId)
{
    private int _consumed;

    public ConcurrentQueue<SendKfMessage> Sends { get; } = new();

    /// <summary>CustomerMessageReceived messages whose consumer finished, successfully or not.</summary>
    public int Consumed => Volatile.Read(ref _consumed);

    internal void Add(SendKfMessage message)
    {
        if (message.OpenKfId == openKfId)
        {
            Sends.Enqueue(message);
        }
    }

    internal void MessageConsumed(CustomerMessageReceived message)
    {
        if (message.OpenKfId == openKfId)
        {
            Interlocked.Increment(ref _consumed);
        }
    }

    /// <summary>The commands for one customer message, by part.</summary>
    public List<SendKfMessage> For(string msgId) => [.. Sends.Where(s => s.SourceMsgId == msgId).OrderBy(s => s.Part)];

    public Task WaitForSendsAsync(int count, string what) => Eventually.WaitAsync(() => Sends.Count >= count, what);

    public Task WaitForConsumedAsync(int count, string what) => Eventually.WaitAsync(() => Consumed >= count, what);
}
