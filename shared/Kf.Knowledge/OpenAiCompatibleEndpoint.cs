using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace Kf.Knowledge;

/// <summary>
/// How Kf talks to any OpenAI-compatible endpoint through the official SDK, for the responder's chat
/// backend and the knowledge base's embedding client alike.
/// </summary>
public static class OpenAiCompatibleEndpoint
{
    // Endpoints without authentication (a local model server) still need a credential object.
    private const string NoKey = "not-set";

    /// <summary>The key, or a placeholder when none is configured.</summary>
    public static ApiKeyCredential Credential(string? apiKey) => new(string.IsNullOrEmpty(apiKey) ? NoKey : apiKey);

    /// <summary>
    /// <paramref name="baseUrl"/> (with its version path) and a per-request timeout, with no SDK retries:
    /// the caller's own time limit bounds the call, and a failure surfaces at once with its cause rather than
    /// after a silent wait spent in back-off.
    /// </summary>
    public static OpenAIClientOptions Options(string baseUrl, int timeoutSeconds) => new()
    {
        Endpoint = new Uri(baseUrl),
        NetworkTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
    };
}
