using Kf.WeCom.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.WeCom.Api;

/// <summary>
/// Typed client of the 微信客服 server API (register it with
/// <see cref="WeComServiceCollectionExtensions.AddWeComApi"/>). Every call:
/// <list type="bullet">
/// <item>validates its input first and throws <see cref="ArgumentException"/> without sending;</item>
/// <item>appends the cached access token; on errcode 40014, 42001 or 40001 drops that token, fetches a
/// new one and retries once, then throws;</item>
/// <item>bounds each HTTP exchange by <see cref="WeComOptions.ApiTimeout"/> (a call makes at most two
/// exchanges plus token fetches); the caller's token can cut it shorter;</item>
/// <item>throws <see cref="WeComApiException"/> for a non-zero errcode, <see cref="WeComTransportException"/>
/// when no answer came (network, timeout, HTTP status, unreadable body), and
/// <see cref="OperationCanceledException"/> when the caller cancelled. Nothing else is retried here:
/// transient failures are the caller's to retry (with the same send msgid).</item>
/// <item>a failure to get the token surfaces the same way, with <see cref="WeComException.Api"/>
/// <c>gettoken</c> (40001 there means a wrong secret; 60020 an untrusted server IP).</item>
/// </list>
/// </summary>
public sealed partial class WeComApiClient(
    HttpClient http,
    AccessTokenCache tokens,
    IOptions<WeComOptions> options,
    TimeProvider time,
    ILogger<WeComApiClient> logger)
{
    /// <summary>
    /// Calls <c>gettoken</c> with the configured CorpId and Secret, bypassing the cache: the cache
    /// uses it. Other callers want a cached token, which every API method appends on its own.
    /// </summary>
    /// <exception cref="InvalidOperationException">WeCom:CorpId or WeCom:Secret is not configured.</exception>
    public async Task<GetTokenResponse> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var (corpId, secret) = Credentials();
        var uri = $"cgi-bin/{WeComApis.GetToken}?corpid={Uri.EscapeDataString(corpId)}&corpsecret={Uri.EscapeDataString(secret)}";
        var reply = await ExchangeAsync(
            WeComApis.GetToken,
            options.Value.ApiTimeout,
            () => new HttpRequestMessage(HttpMethod.Get, uri),
            ReadJsonAsync<GetTokenResponse>,
            cancellationToken).ConfigureAwait(false);
        if (reply.ErrCode != WeComErrorCodes.Ok)
        {
            throw new WeComApiException(WeComApis.GetToken, reply.ErrCode, reply.ErrMsg);
        }

        if (reply.Value is not { AccessToken.Length: > 0 } response)
        {
            throw new WeComTransportException(WeComApis.GetToken, "WeCom gettoken answered without an access_token.", null);
        }

        return response;
    }

    private (string CorpId, string Secret) Credentials()
    {
        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.CorpId) || string.IsNullOrWhiteSpace(value.Secret))
        {
            throw new InvalidOperationException(
                $"{WeComOptions.Section}:{nameof(WeComOptions.CorpId)} and {WeComOptions.Section}:{nameof(WeComOptions.Secret)} must be configured to call the WeCom API.");
        }

        return (value.CorpId, value.Secret);
    }

    // Relative to HttpClient.BaseAddress (WeCom:ApiBaseUrl with a trailing slash).
    private static string ApiUri(string api, string accessToken, string? query = null) =>
        $"cgi-bin/{api}?access_token={Uri.EscapeDataString(accessToken)}{query}";
}
