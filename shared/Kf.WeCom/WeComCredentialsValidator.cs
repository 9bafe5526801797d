using Microsoft.Extensions.Options;

namespace Kf.WeCom;

/// <summary>
/// Requires <see cref="WeComOptions.CorpId"/> and <see cref="WeComOptions.Secret"/>; registered only
/// by hosts that call the API with real credentials (<c>AddWeComApi</c> does by default).
/// </summary>
public sealed class WeComCredentialsValidator : IValidateOptions<WeComOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WeComOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.CorpId))
        {
            failures.Add($"{WeComOptions.Section}:{nameof(WeComOptions.CorpId)} is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add($"{WeComOptions.Section}:{nameof(WeComOptions.Secret)} is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
