using System.ComponentModel.DataAnnotations;

namespace Kf.Responder;

/// <summary>Which model answers (<c>Llm</c> section); the Coze bot's own settings are in <see cref="CozeOptions"/>.</summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary><c>openai</c> (any OpenAI-compatible endpoint), <c>coze</c>, or <c>none</c>/empty (reply with a configuration hint).</summary>
    public string? Provider { get; set; }

    /// <summary>The OpenAI-compatible base URL including its version path, e.g. <c>https://api.deepseek.com/v1</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The API key. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model name, e.g. <c>deepseek-chat</c>.</summary>
    public string? Model { get; set; }

    /// <summary>The system prompt sent before the remembered turns.</summary>
    public string SystemPrompt { get; set; } = "你是企业微信客服的智能助手。请用简洁、礼貌、准确的中文回答客户的问题；不确定时请如实说明，不要编造。";

    /// <summary>Sampling temperature; unset leaves the provider's default.</summary>
    [Range(0.0, 2.0, ErrorMessage = "Llm:Temperature must be between {1} and {2}.")]
    public double? Temperature { get; set; }

    /// <summary>Time limit of one answer (both backends), after which the friendly error reply is sent.</summary>
    [Range(1, 600, ErrorMessage = "Llm:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The provider as a value; the validator has already refused anything else.</summary>
    internal LlmProvider Kind => Provider?.Trim().ToLowerInvariant() switch
    {
        "openai" => LlmProvider.OpenAi,
        "coze" => LlmProvider.Coze,
        _ => LlmProvider.None,
    };
}
