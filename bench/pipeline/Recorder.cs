using System.Diagnostics;

namespace Kf.Pipeline.Bench;

/// <summary>
/// Server-side timestamps taken inside the in-process simulator (<see cref="Stopwatch"/> ticks), by
/// the generator's sequence number: when the customer's message reached the simulator, and when the
/// simulator finished handling the bot's first <c>send_msg</c> for it. Fixed-size arrays: the whole
/// benchmark's message count is known up front.
/// </summary>
public sealed class Recorder(int capacity)
{
    private readonly long[] _received = new long[capacity];
    private readonly long[] _answered = new long[capacity];
    private readonly int[] _sendCalls = new int[capacity];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<long>> _stateChecks = new();
    private int _unparsedSends;

    /// <summary>The responder asked service_state/get for this customer (once per message it answers).</summary>
    public void StateChecked(string customer, long at)
    {
        var list = _stateChecks.GetOrAdd(customer, _ => []);
        lock (list)
        {
            list.Add(at);
        }
    }

    /// <summary>The <paramref name="index"/>-th state check for the customer, 0 when there was none.</summary>
    public long StateCheckAt(string customer, int index)
    {
        if (!_stateChecks.TryGetValue(customer, out var list))
        {
            return 0;
        }

        lock (list)
        {
            return index < list.Count ? list[index] : 0;
        }
    }

    public int Capacity => capacity;

    public int UnparsedSends => Volatile.Read(ref _unparsedSends);

    public void Received(int seq, long at)
    {
        if ((uint)seq < (uint)capacity)
        {
            Interlocked.CompareExchange(ref _received[seq], at, 0);
        }
    }

    public void SendHandled(int seq, long at)
    {
        if ((uint)seq >= (uint)capacity)
        {
            Interlocked.Increment(ref _unparsedSends);
            return;
        }

        Interlocked.Increment(ref _sendCalls[seq]);
        Interlocked.CompareExchange(ref _answered[seq], at, 0);
    }

    public long ReceivedAt(int seq) => Volatile.Read(ref _received[seq]);

    public long AnsweredAt(int seq) => Volatile.Read(ref _answered[seq]);

    public int SendCalls(int seq) => Volatile.Read(ref _sendCalls[seq]);

    public int AnsweredIn(int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (Volatile.Read(ref _answered[i]) != 0)
            {
                n++;
            }
        }

        return n;
    }
}
