using System.Collections.Concurrent;

namespace Kf.Syncer.Signals;

/// <summary><see cref="IPullSignals"/> for one process (<c>Kf:Coordination=InProcess</c>).</summary>
internal sealed class InProcessPullSignals : IPullSignals
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public Task RaiseAsync(string openKfId)
    {
        _counts.AddOrUpdate(openKfId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<long> ReadAsync(string openKfId) => Task.FromResult(_counts.GetValueOrDefault(openKfId));
}
