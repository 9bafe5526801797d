using System.Numerics.Tensors;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// Brute-force similarity over the embeddings of one model, held in one contiguous row-major array so a
/// scan is sequential memory and SIMD dot products. Vectors are L2-normalized by the embedding client,
/// so the dot product is the cosine. Exact, and at the sizes a customer-service knowledge base reaches
/// (thousands to tens of thousands of chunks) fast enough that an approximate index is not worth its error.
/// </summary>
internal sealed class VectorIndex
{
    private readonly float[] _matrix;
    private readonly int[] _rowChunk;
    private readonly int[] _chunkRow; // -1: the chunk has no vector of this model

    /// <summary>
    /// Rows for the chunks embedded by <paramref name="model"/> with the dimension of the first of them;
    /// none when <paramref name="model"/> is null (no embedding client).
    /// </summary>
    public VectorIndex(IReadOnlyList<KnowledgeChunk> chunks, string? model)
    {
        _chunkRow = new int[chunks.Count];
        Array.Fill(_chunkRow, -1);
        var rows = new List<int>();
        for (var c = 0; c < chunks.Count && model is not null; c++)
        {
            if (chunks[c] is { Embedding: { Length: > 0 } vector } chunk && chunk.EmbeddingModel == model
                && (Dimensions == 0 || vector.Length == Dimensions))
            {
                Dimensions = vector.Length;
                _chunkRow[c] = rows.Count;
                rows.Add(c);
            }
        }

        _rowChunk = [.. rows];
        _matrix = new float[_rowChunk.Length * Dimensions];
        for (var r = 0; r < _rowChunk.Length; r++)
        {
            chunks[_rowChunk[r]].Embedding.AsSpan().CopyTo(_matrix.AsSpan(r * Dimensions, Dimensions));
        }
    }

    /// <summary>The vector length; 0 when there are no rows.</summary>
    public int Dimensions { get; }

    /// <summary>Chunks with a vector.</summary>
    public int Rows => _rowChunk.Length;

    /// <summary>The <paramref name="top"/> chunks (snapshot indexes) most similar to <paramref name="query"/>, best first.</summary>
    public ScoredIndex[] Search(ReadOnlySpan<float> query, int top)
    {
        if (query.Length != Dimensions || Rows == 0)
        {
            return [];
        }

        var best = new TopK(top);
        for (var r = 0; r < _rowChunk.Length; r++)
        {
            best.Add(r, TensorPrimitives.Dot(_matrix.AsSpan(r * Dimensions, Dimensions), query));
        }

        var hits = best.Drain();
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = hits[i] with { Index = _rowChunk[hits[i].Index] };
        }

        return hits;
    }

    /// <summary>The cosine of one chunk with the query, or null when the chunk has no vector here.</summary>
    public float? Cosine(ReadOnlySpan<float> query, int chunk) =>
        _chunkRow[chunk] is var row and >= 0 && query.Length == Dimensions
            ? TensorPrimitives.Dot(_matrix.AsSpan(row * Dimensions, Dimensions), query)
            : null;
}
