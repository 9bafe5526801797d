using System.Diagnostics;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// The current <see cref="IndexSnapshot"/> of one profile and when the store's version was last checked.
/// The first search awaits the load; after that, a search that finds the check due compares versions
/// and, when the version moved, rebuilds before answering — one at a time: searches arriving meanwhile
/// keep the old snapshot rather than queue behind the rebuild.
/// </summary>
internal sealed class ProfileIndex(string profile, IKnowledgeStore store, string? embeddingModel, TimeProvider time, ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IndexSnapshot? _current;
    private long _checkedAtTicks;

    public async ValueTask<IndexSnapshot> GetAsync(TimeSpan refreshInterval, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is null)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                return Volatile.Read(ref _current) ?? await LoadAsync(null, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
        }

        if (!Due(refreshInterval) || !_gate.Wait(0))
        {
            return current;
        }

        try
        {
            // Another search may have refreshed between the check above and taking the gate.
            current = Volatile.Read(ref _current)!;
            return Due(refreshInterval) ? await RefreshAsync(current, cancellationToken) : current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool Due(TimeSpan refreshInterval) =>
        time.GetUtcNow().UtcTicks - Volatile.Read(ref _checkedAtTicks) >= refreshInterval.Ticks;

    private async Task<IndexSnapshot> RefreshAsync(IndexSnapshot current, CancellationToken cancellationToken)
    {
        try
        {
            var version = await store.GetVersionAsync(profile, cancellationToken);
            if (version == current.Version)
            {
                Volatile.Write(ref _checkedAtTicks, time.GetUtcNow().UtcTicks);
                return current;
            }

            return await LoadAsync(version, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The old knowledge answers better than none; the next check after the interval tries again.
            RetrievalLog.RefreshFailed(logger, profile, exception.GetType().Name, current.Version);
            Volatile.Write(ref _checkedAtTicks, time.GetUtcNow().UtcTicks);
            return current;
        }
    }

    // The version is read before the chunks: a change landing in between leaves the snapshot labelled older
    // than its content, so the next check rebuilds once more rather than missing the change.
    private async Task<IndexSnapshot> LoadAsync(long? version, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var checkedAt = time.GetUtcNow().UtcTicks;
        var loadedVersion = version ?? await store.GetVersionAsync(profile, cancellationToken);
        var chunks = await store.LoadChunksAsync(profile, cancellationToken);
        var snapshot = new IndexSnapshot(loadedVersion, chunks, embeddingModel);
        Volatile.Write(ref _current, snapshot);
        Volatile.Write(ref _checkedAtTicks, checkedAt);
        RetrievalLog.IndexLoaded(
            logger, profile, loadedVersion, chunks.Count, snapshot.Vectors.Rows, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return snapshot;
    }
}
