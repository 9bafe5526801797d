using System.Collections.Concurrent;

namespace Kf.Sender.Sending;

/// <summary>
/// Parts this process has just settled (delivered or failed in the ledger), announced to the parts of
/// this process waiting on them in <see cref="OrderGate"/>. A customer's parts usually go through one
/// sender, so the successor wakes as soon as the ledger has its predecessor, instead of at its next
/// poll; a predecessor settled by another replica is still found by polling.
/// </summary>
internal sealed class SettledParts
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    /// <summary>Completes when this process settles the part; call <see cref="StopWaiting"/> when done with it.</summary>
    public Task WhenSettled(string sendMsgId) =>
        _waiting.GetOrAdd(sendMsgId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Settled(string sendMsgId)
    {
        if (_waiting.TryRemove(sendMsgId, out var settled))
        {
            settled.TrySetResult();
        }
    }

    /// <summary>Drops a wait that ended without the signal, so that waits given up on do not pile up.</summary>
    public void StopWaiting(string sendMsgId, Task waited)
    {
        if (_waiting.TryGetValue(sendMsgId, out var source) && source.Task == waited)
        {
            _waiting.TryRemove(KeyValuePair.Create(sendMsgId, source));
        }
    }
}
