using System.ComponentModel.DataAnnotations;

namespace Kf.Knowledge.Embeddings;

/// <summary>
/// Any OpenAI-compatible <c>/embeddings</c> endpoint (<c>Embeddings</c> section). Without
/// <see cref="BaseUrl"/> retrieval is lexical alone.
/// </summary>
public sealed class EmbeddingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Embeddings";

    /// <summary>Base URL including its version path, e.g. <c>https://api.openai.com/v1</c>; empty turns vectors off.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The API key. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The embedding model, e.g. <c>text-embedding-3-small</c>; required with <see cref="BaseUrl"/>.</summary>
    public string? Model { get; set; }

    /// <summary>Texts per request.</summary>
    [Range(1, 2048, ErrorMessage = "Embeddings:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 64;

    /// <summary>Time limit of one request.</summary>
    [Range(1, 600, ErrorMessage = "Embeddings:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Time limit of embedding a customer's question at answer time; past it the search goes on lexical alone.
    /// Shorter than <see cref="TimeoutSeconds"/>: a customer is waiting, an import is not.
    /// </summary>
    [Range(1, 60, ErrorMessage = "Embeddings:QueryTimeoutSeconds must be between {1} and {2}.")]
    public int QueryTimeoutSeconds { get; set; } = 5;

    /// <summary>Whether an endpoint is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BaseUrl);
}
