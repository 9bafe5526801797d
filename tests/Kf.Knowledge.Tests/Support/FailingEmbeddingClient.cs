using Kf.Knowledge.Embeddings;

namespace Kf.Knowledge.Tests.Support;

/// <summary>An embedding endpoint that is down, as a timeout or an error would leave it.</summary>
public sealed class FailingEmbeddingClient(string model, Exception failure) : IEmbeddingClient
{
    public string Model => model;

    public int Calls { get; private set; }

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromException<IReadOnlyList<float[]>>(failure);
    }
}
