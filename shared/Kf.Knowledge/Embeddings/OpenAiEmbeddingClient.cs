using System.ClientModel;
using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using OpenAI.Embeddings;

namespace Kf.Knowledge.Embeddings;

/// <summary>
/// Any OpenAI-compatible <c>/embeddings</c> endpoint through the official SDK: texts in batches of
/// <c>Embeddings:BatchSize</c>, each request bounded by <c>Embeddings:TimeoutSeconds</c>, vectors returned
/// L2-normalized so that retrieval scores them with a dot product.
/// </summary>
internal sealed class OpenAiEmbeddingClient : IEmbeddingClient
{
    private readonly EmbeddingClient _client;
    private readonly EmbeddingOptions _options;

    public OpenAiEmbeddingClient(IOptions<EmbeddingOptions> options)
    {
        _options = options.Value;
        // An import that fails stores nothing and can simply be run again; a question embedded at answer
        // time must not wait in back-off.
        _client = new EmbeddingClient(
            _options.Model, OpenAiCompatibleEndpoint.Credential(_options.ApiKey), OpenAiCompatibleEndpoint.Options(_options.BaseUrl!, _options.TimeoutSeconds));
    }

    public string Model => _options.Model!;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(_options.BatchSize))
        {
            vectors.AddRange(await EmbedBatchAsync(batch, cancellationToken));
        }

        if (vectors.Count > 0 && vectors.Any(v => v.Length != vectors[0].Length))
        {
            throw new EmbeddingException(
                $"The embedding endpoint returned vectors of different dimensions ({string.Join(", ", vectors.Select(v => v.Length).Distinct())}) for model {Model}.");
        }

        return vectors;
    }

    private async Task<float[][]> EmbedBatchAsync(string[] batch, CancellationToken cancellationToken)
    {
        OpenAIEmbeddingCollection result;
        try
        {
            result = await _client.GenerateEmbeddingsAsync(batch, cancellationToken: cancellationToken);
        }
        catch (ClientResultException e)
        {
            // The status and the endpoint's own message; the request (texts, key) is not repeated.
            throw new EmbeddingException($"The embedding endpoint answered HTTP {e.Status} for model {Model}: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EmbeddingException($"The embedding endpoint did not answer within Embeddings:TimeoutSeconds ({_options.TimeoutSeconds} s).", e);
        }

        if (result.Count != batch.Length || result.Select(e => e.Index).Distinct().Count() != batch.Length || result.Any(e => e.Index < 0 || e.Index >= batch.Length))
        {
            throw new EmbeddingException($"The embedding endpoint returned {result.Count} vectors for {batch.Length} texts (model {Model}).");
        }

        var vectors = new float[batch.Length][];
        foreach (var embedding in result)
        {
            vectors[embedding.Index] = Normalized(embedding.ToFloats().Span);
        }

        return vectors;
    }

    private float[] Normalized(ReadOnlySpan<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (vector.Length == 0 || !float.IsFinite(norm) || norm == 0)
        {
            throw new EmbeddingException($"The embedding endpoint returned an empty, zero or non-finite vector (model {Model}).");
        }

        var unit = new float[vector.Length];
        TensorPrimitives.Divide(vector, norm, unit);
        return unit;
    }
}
