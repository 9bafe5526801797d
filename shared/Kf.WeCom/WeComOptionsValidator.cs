using Microsoft.Extensions.Options;

namespace Kf.WeCom;

/// <summary>
/// Checks the format of <see cref="WeComOptions"/> so that a bad setting fails at start with a
/// message naming its key, not at the first callback or API call.
/// </summary>
public sealed class WeComOptionsValidator : IValidateOptions<WeComOptions>
{
    private const int AesKeyLength = 43;
    private const int AesKeyBytes = 32;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WeComOptions options)
    {
        var failures = new List<string>();
        CheckBaseUrl(options.ApiBaseUrl, failures);
        CheckAesKey(options.EncodingAesKey, failures);
        if (options.ApiTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{WeComOptions.Section}:{nameof(WeComOptions.ApiTimeout)} must be positive (got {options.ApiTimeout}).");
        }

        if (options.TokenRefreshAhead <= TimeSpan.Zero)
        {
            failures.Add($"{WeComOptions.Section}:{nameof(WeComOptions.TokenRefreshAhead)} must be positive (got {options.TokenRefreshAhead}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBaseUrl(string? value, List<string> failures)
    {
        // An empty value is reported by the [Required] annotation; do not say it twice.
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{WeComOptions.Section}:{nameof(WeComOptions.ApiBaseUrl)} must be an absolute http(s) URI (got '{value}').");
        }
    }

    private static void CheckAesKey(string? value, List<string> failures)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        // The key itself is a secret: report its length, never its value.
        var key = $"{WeComOptions.Section}:{nameof(WeComOptions.EncodingAesKey)}";
        if (value.Length != AesKeyLength)
        {
            failures.Add($"{key} must be {AesKeyLength} characters (got {value.Length}).");
            return;
        }

        Span<byte> buffer = stackalloc byte[AesKeyBytes + 3];
        if (!Convert.TryFromBase64String(value + "=", buffer, out var written) || written != AesKeyBytes)
        {
            failures.Add($"{key} must be base64 that decodes (with \"=\" appended) to {AesKeyBytes} bytes.");
        }
    }
}
