using Kf.Knowledge.Embeddings;
using Kf.Testing.Models;

namespace Kf.Knowledge.Tests.Support;

/// <summary>Kf.Testing's <see cref="HashingEmbedder"/> behind the embedding client interface: a local, deterministic model.</summary>
public sealed class HashingEmbeddingClient(int dimensions = HashingEmbedder.DefaultDimensions) : IEmbeddingClient
{
    public string Model => $"hashing-{dimensions}";

    public int Calls { get; private set; }

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(t => HashingEmbedder.Embed(t, dimensions))]);
    }
}
