using System.Collections.Concurrent;
using Kf.Contracts;

namespace Kf.Sender.Tests.Infrastructure;

/// <summary>KfMessageDelivered and KfMessageFailed of one test's account, as they reached the bus.</summary>
public sealed class Outcomes(string openKfId)
{
    public ConcurrentQueue<KfMessageDelivered> Delivered { get; } = new();

    public ConcurrentQueue<KfMessageFailed> Failed { get; } = new();

    public void Add(KfMessageDelivered message)
    {
        if (message.OpenKfId == openKfId)
        {
            Delivered.Enqueue(message);
        }
    }

    public void Add(KfMessageFailed message)
    {
        if (message.OpenKfId == openKfId)
        {
            Failed.Enqueue(message);
        }
    }
}
