using System.Net;
using Kf.WeCom.Api;
using Kf.WeCom.Models;
using Kf.WeCom.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.WeCom.Tests;

public sealed class WeComServiceCollectionExtensionsTests
{
    private const string Secret = "s3cr3t-never-logged";
    private readonly FakeWeCom _weCom = new();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public void Should_fail_at_start_naming_the_key_when_the_aes_key_is_malformed()
    {
        using var provider = Build(new() { ["WeCom:EncodingAesKey"] = "too-short" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("WeCom:EncodingAesKey must be 43 characters", error.Message);
    }

    [Fact]
    public void Should_require_corp_id_and_secret_unless_the_host_says_otherwise()
    {
        var empty = new Dictionary<string, string?> { ["WeCom:CorpId"] = "", ["WeCom:Secret"] = "" };
        using var strict = Build(empty);
        using var lenient = Build(empty, requireCredentials: false);

        var error = Assert.Throws<OptionsValidationException>(() => strict.GetRequiredService<IStartupValidator>().Validate());
        lenient.GetRequiredService<IStartupValidator>().Validate();

        Assert.Contains("WeCom:Secret is required.", error.Message);
    }

    [Fact]
    public async Task Should_call_the_configured_base_url_and_share_one_token_across_clients()
    {
        using var provider = Build(new() { ["WeCom:ApiBaseUrl"] = "http://simulator.test/wecom" });

        await provider.GetRequiredService<WeComApiClient>().ListServicersAsync("wk");
        await provider.GetRequiredService<WeComApiClient>().ListServicersAsync("wk");

        Assert.Equal(1, _weCom.TokenCalls);
        Assert.All(_weCom.Requests, r => Assert.StartsWith("http://simulator.test/wecom/cgi-bin/", r.Uri.ToString()));
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task Should_never_log_the_secret_or_a_token_when_calls_succeed_retry_and_fail()
    {
        using var provider = Build([]);
        var client = provider.GetRequiredService<WeComApiClient>();
        var answers = new Queue<HttpResponseMessage>([
            FakeWeCom.Json("""{"errcode":0,"errmsg":"ok"}"""),
            FakeWeCom.Error(40014),
            FakeWeCom.Json("""{"errcode":0,"errmsg":"ok"}"""),
            new HttpResponseMessage(HttpStatusCode.BadGateway),
        ]);
        _weCom.Api = (_, _) => Task.FromResult(answers.Dequeue());

        await client.ListServicersAsync("wk");
        await client.ListServicersAsync("wk");
        await Assert.ThrowsAsync<WeComTransportException>(() => client.ListServicersAsync("wk"));

        var logs = string.Join('\n', _logs.Lines);
        Assert.Contains("kf/servicer/list", logs);
        Assert.Contains("40014", logs);
        Assert.DoesNotContain(Secret, logs);
        Assert.DoesNotContain("token-", logs);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, bool requireCredentials = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["WeCom:CorpId"] = "ww-corp", ["WeCom:Secret"] = Secret })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddWeComApi(requireCredentials).ConfigurePrimaryHttpMessageHandler(() => _weCom);
        return services.BuildServiceProvider();
    }
}
