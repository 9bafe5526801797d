using System.Net;

namespace Kf.AllInOne.Tests;

/// <summary>With an account configured the host serves it: no simulator, and no WeCom API call on the callback path.</summary>
public sealed class RealAccountTests
{
    // WECOM_PROTOCOL.md §10, vector set B (the official URL-verification example).
    private static Dictionary<string, string?> VectorB() => new()
    {
        ["WeCom:CorpId"] = "ww1436e0e65a779aee",
        ["WeCom:Secret"] = "not-used-here",
        ["WeCom:Token"] = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
        ["WeCom:EncodingAesKey"] = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
        // Nothing listens there: URL verification must not need the API.
        ["WeCom:ApiBaseUrl"] = $"http://127.0.0.1:{LoopbackPorts.Closed()}",
    };

    [Fact]
    public async Task Should_answer_URL_verification_and_mount_no_simulator_when_an_account_is_configured_and_its_API_is_unreachable()
    {
        await using var host = await AllInOneHost.StartAsync(VectorB());

        var echo = await host.Http.GetAsync(
            "/wecom/callback?msg_signature=012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb&timestamp=1476416373&nonce=47744683&echostr="
            + Uri.EscapeDataString("fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA=="));

        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
        Assert.Equal("1288432023552776189", await echo.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/sim/chat")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/cgi-bin/gettoken?corpid=ww1436e0e65a779aee&corpsecret=x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Should_serve_the_sandbox_with_the_simulators_credentials_when_Kf_Sandbox_forces_it_over_an_account()
    {
        var settings = VectorB();
        settings["Kf:Sandbox"] = "true";
        await using var host = await AllInOneHost.StartAsync(settings);

        await host.SayAsync("wmForced01", "你好");

        Assert.Single(await host.SettledRepliesAsync("wmForced01", 1));
    }
}
