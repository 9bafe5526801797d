using Kf.WeCom.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kf.WeCom.Tests.Fakes;

/// <summary>A <see cref="WeComApiClient"/> wired to a <see cref="FakeWeCom"/> and a fake clock.</summary>
internal sealed class TestClient
{
    public const string CorpId = "ww-test-corp";
    public const string Secret = "test-secret-value-0123456789";

    public TestClient(Action<WeComOptions>? configure = null)
    {
        var options = new WeComOptions { CorpId = CorpId, Secret = Secret, ApiBaseUrl = "https://wecom.test" };
        configure?.Invoke(options);
        Options = Microsoft.Extensions.Options.Options.Create(options);
        Tokens = new AccessTokenCache(Time, Options, NullLogger<AccessTokenCache>.Instance);
        Http = new HttpClient(WeCom) { BaseAddress = new Uri(options.ApiBaseUrl + "/") };
        Client = NewClient();
    }

    public FakeWeCom WeCom { get; } = new();

    public FakeTimeProvider Time { get; } = new();

    public IOptions<WeComOptions> Options { get; }

    public AccessTokenCache Tokens { get; }

    public HttpClient Http { get; }

    public WeComApiClient Client { get; }

    /// <summary>Another client sharing the cache and the fake, as the HTTP client factory would make.</summary>
    public WeComApiClient NewClient() => new(Http, Tokens, Options, Time, NullLogger<WeComApiClient>.Instance);
}
