namespace Kf.Knowledge.Embeddings;

/// <summary>Turns texts into vectors. Registered only when <see cref="EmbeddingOptions.Enabled"/>.</summary>
public interface IEmbeddingClient
{
    /// <summary>The model name stored beside each vector.</summary>
    string Model { get; }

    /// <summary>One vector per text, in order. Failures surface as exceptions.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
