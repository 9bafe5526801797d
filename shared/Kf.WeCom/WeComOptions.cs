using System.ComponentModel.DataAnnotations;

namespace Kf.WeCom;

/// <summary>
/// Settings of the 微信客服 integration, bound from the <c>WeCom</c> configuration section.
/// Format rules are checked at start by <see cref="WeComOptionsValidator"/>; whether
/// <see cref="CorpId"/> and <see cref="Secret"/> are required is the host's choice
/// (<see cref="WeComCredentialsValidator"/>).
/// </summary>
public sealed class WeComOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "WeCom";

    /// <summary>The company's CorpID (企业ID); also the receiveid of callback encryption.</summary>
    public string? CorpId { get; set; }

    /// <summary>The secret of the app that may call the 微信客服 API. Never logged.</summary>
    public string? Secret { get; set; }

    /// <summary>The callback Token used for signatures.</summary>
    public string? Token { get; set; }

    /// <summary>The callback EncodingAESKey: 43 characters of base64 without the trailing "=".</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>Base URL of the API; configurable so the simulator or a forward proxy can stand in.</summary>
    [Required(ErrorMessage = "WeCom:ApiBaseUrl is required.")]
    public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com";

    /// <summary>Time limit of one HTTP exchange with the API (a token fetch counts as its own exchange).</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long before <c>expires_in</c> an access token is refreshed.</summary>
    public TimeSpan TokenRefreshAhead { get; set; } = TimeSpan.FromMinutes(5);
}
