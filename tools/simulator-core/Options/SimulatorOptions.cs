using System.ComponentModel.DataAnnotations;
using Kf.WeCom.Crypto;

namespace Kf.Simulator.Options;

/// <summary>
/// The simulator's credentials, accounts and limits (section <c>Simulator</c>). Every setting has a
/// default so the sandbox runs with no configuration; a bad value stops the host at start with a
/// message naming the key (tools/simulator/README.md lists them all).
/// </summary>
public sealed class SimulatorOptions : IValidatableObject
{
    public const string Section = "Simulator";

    public static readonly string[] DefaultOpenKfIds = ["wkSimulatorKf0001"];
    public static readonly string[] DefaultServicers = ["servicer_zhang", "servicer_li"];

    [Required(ErrorMessage = "Simulator:CorpId is required.")]
    [RegularExpression("^[A-Za-z0-9]{1,64}$", ErrorMessage = "Simulator:CorpId must be 1-64 letters or digits.")]
    public string CorpId { get; set; } = "ww51a1a7e0c0ffee01";

    [Required(ErrorMessage = "Simulator:Secret is required.")]
    [StringLength(128, MinimumLength = 1, ErrorMessage = "Simulator:Secret must be 1-128 characters.")]
    public string Secret { get; set; } = "sim-secret";

    // WeCom accepts 1-32 letters and digits for the callback Token.
    [Required(ErrorMessage = "Simulator:Token is required.")]
    [RegularExpression("^[A-Za-z0-9]{1,32}$", ErrorMessage = "Simulator:Token must be 1-32 letters or digits.")]
    public string Token { get; set; } = "simtoken";

    [Required(ErrorMessage = "Simulator:EncodingAesKey is required.")]
    public string EncodingAesKey { get; set; } = "kfSimulatorEncodingAesKey0123456789abcdefgA";

    /// <summary>Bound from configuration; empty means <see cref="DefaultOpenKfIds"/> (arrays bind by appending).</summary>
    public string[] OpenKfIds { get; set; } = [];

    /// <summary>Servicer userids for servicer/list and trans to state 3; empty means <see cref="DefaultServicers"/>.</summary>
    public string[] Servicers { get; set; } = [];

    /// <summary>Where pushes go; empty disables pushes (messages can still be pulled with sync_msg).</summary>
    public string CallbackUrl { get; set; } = "";

    [Range(1, 60_000, ErrorMessage = "Simulator:CallbackTimeoutMs must be 1-60000.")]
    public int CallbackTimeoutMs { get; set; } = 5000;

    [Range(0, 60_000, ErrorMessage = "Simulator:CallbackRetryDelayMs must be 0-60000.")]
    public int CallbackRetryDelayMs { get; set; } = 1000;

    [Range(60, 86_400, ErrorMessage = "Simulator:AccessTokenSeconds must be 60-86400.")]
    public int AccessTokenSeconds { get; set; } = 7200;

    [Range(1, 10_000_000, ErrorMessage = "Simulator:SyncWithoutTokenPerMinute must be 1-10000000.")]
    public int SyncWithoutTokenPerMinute { get; set; } = 60;

    [Range(0, 1_000_000, ErrorMessage = "Simulator:SendPerSecondPerAccount must be 0 (no ceiling) to 1000000.")]
    public int SendPerSecondPerAccount { get; set; }

    [Range(100, 10_000_000, ErrorMessage = "Simulator:MaxStoredItems must be 100-10000000.")]
    public int MaxStoredItems { get; set; } = 100_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsValidAesKey(EncodingAesKey))
        {
            yield return new ValidationResult(
                "Simulator:EncodingAesKey must be 43 base64 characters decoding to 32 bytes.", [nameof(EncodingAesKey)]);
        }

        foreach (var error in CheckIds(OpenKfIds, "OpenKfIds").Concat(CheckIds(Servicers, "Servicers")))
        {
            yield return error;
        }

        if (CallbackUrl.Length > 0 && !IsHttpUrl(CallbackUrl))
        {
            yield return new ValidationResult(
                "Simulator:CallbackUrl must be empty or an absolute http(s) URL.", [nameof(CallbackUrl)]);
        }
    }

    private static IEnumerable<ValidationResult> CheckIds(string[] ids, string key)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(ids[i], "^[A-Za-z0-9_-]{1,64}$"))
            {
                yield return new ValidationResult($"Simulator:{key}:{i} must be 1-64 of [A-Za-z0-9_-].", [key]);
            }
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            yield return new ValidationResult($"Simulator:{key} must not repeat an id.", [key]);
        }
    }

    private static bool IsValidAesKey(string key)
    {
        try
        {
            _ = WeComCallbackCrypto.DecodeKey(key);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
