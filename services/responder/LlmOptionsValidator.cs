using Microsoft.Extensions.Options;

namespace Kf.Responder;

/// <summary>What data annotations cannot say: the provider's value and the settings each provider needs.</summary>
internal sealed class LlmOptionsValidator(IOptions<CozeOptions> coze) : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var provider = options.Provider?.Trim().ToLowerInvariant();
        if (provider is not (null or "" or "none" or "openai" or "coze"))
        {
            return ValidateOptionsResult.Fail($"Llm:Provider must be openai, coze or none (empty), not '{options.Provider}'.");
        }

        var failures = new List<string>();
        if (provider == "openai")
        {
            if (!IsHttpUrl(options.BaseUrl))
            {
                failures.Add("Llm:BaseUrl is required when Llm:Provider is openai: an absolute http(s) URL such as https://api.deepseek.com/v1.");
            }

            if (string.IsNullOrWhiteSpace(options.Model))
            {
                failures.Add("Llm:Model is required when Llm:Provider is openai (e.g. deepseek-chat, moonshot-v1-8k, qwen-plus).");
            }
        }
        else if (provider == "coze")
        {
            var settings = coze.Value;
            if (!IsHttpUrl(settings.BaseUrl))
            {
                failures.Add("Coze:BaseUrl must be an absolute http(s) URL such as https://api.coze.cn.");
            }

            if (string.IsNullOrWhiteSpace(settings.Token))
            {
                failures.Add("Coze:Token is required when Llm:Provider is coze.");
            }

            if (string.IsNullOrWhiteSpace(settings.BotId))
            {
                failures.Add("Coze:BotId is required when Llm:Provider is coze.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
