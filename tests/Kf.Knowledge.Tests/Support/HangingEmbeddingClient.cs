using Kf.Knowledge.Embeddings;

namespace Kf.Knowledge.Tests.Support;

/// <summary>An embedding endpoint that never answers: only cancellation ends the call.</summary>
public sealed class HangingEmbeddingClient(string model) : IEmbeddingClient
{
    public string Model => model;

    public bool Cancelled { get; private set; }

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled = true;
            throw;
        }

        throw new InvalidOperationException("unreachable");
    }
}
