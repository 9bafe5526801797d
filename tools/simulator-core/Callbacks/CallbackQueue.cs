using System.Threading.Channels;

namespace Kf.Simulator.Callbacks;

/// <summary>Accounts with something new to announce. Bounded: a full queue is recorded as a dropped push.</summary>
internal sealed class CallbackQueue
{
    private readonly Channel<string> _channel = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<string> Reader => _channel.Reader;

    /// <summary>Never blocks (it is called under the state gate); false when the queue is full.</summary>
    public bool TryEnqueue(string openKfId) => _channel.Writer.TryWrite(openKfId);
}
