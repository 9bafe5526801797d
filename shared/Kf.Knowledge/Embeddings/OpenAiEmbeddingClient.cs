namespace Kf.Knowledge.Embeddings;

// PLACEHOLDER: replaced by the import/embeddings work.
internal sealed class OpenAiEmbeddingClient : IEmbeddingClient
{
    public string Model => throw new NotImplementedException();

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
