using System.Collections.Concurrent;
using Kf.Knowledge.Embeddings;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// The in-memory knowledge base: one <see cref="ProfileIndex"/> per profile, loaded from the store on first
/// use and rebuilt when the store's version moves. Vectors take part only with an embedding client, and
/// only those of its model; a query whose embedding fails is searched lexically rather than failed.
/// </summary>
internal sealed class KnowledgeBase(
    IKnowledgeStore store,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeBase> logger,
    TimeProvider? time = null,
    IEmbeddingClient? embeddings = null,
    IOptions<EmbeddingOptions>? embeddingOptions = null) : IKnowledgeBase
{
    private readonly ConcurrentDictionary<string, ProfileIndex> _profiles = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string profile, string query, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var snapshot = await SnapshotAsync(profile, cancellationToken);
        if (snapshot.Chunks.Count == 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var vector = snapshot.Vectors.Rows > 0 ? await EmbedQueryAsync(profile, query, snapshot.Vectors.Dimensions, cancellationToken) : null;
        return snapshot.Search(query, vector, top);
    }

    public async Task<bool> HasKnowledgeAsync(string profile, CancellationToken cancellationToken) =>
        (await SnapshotAsync(profile, cancellationToken)).Chunks.Count > 0;

    private ValueTask<IndexSnapshot> SnapshotAsync(string profile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile);
        var index = _profiles.GetOrAdd(profile, p => new ProfileIndex(p, store, embeddings?.Model, _time, logger));
        return index.GetAsync(options.Value.RefreshInterval, cancellationToken);
    }

    private async Task<float[]?> EmbedQueryAsync(string profile, string query, int dimensions, CancellationToken cancellationToken)
    {
        float[] vector;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(embeddingOptions?.Value.QueryTimeoutSeconds ?? new EmbeddingOptions().QueryTimeoutSeconds));
        try
        {
            vector = (await embeddings!.EmbedAsync([query], limit.Token))[0];
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The type only: an endpoint's message may quote the request.
            RetrievalLog.QueryEmbeddingFailed(logger, profile, exception.GetType().Name);
            return null;
        }

        if (vector.Length != dimensions)
        {
            RetrievalLog.QueryDimensionsDiffer(logger, profile, vector.Length, dimensions);
            return null;
        }

        return vector;
    }
}
