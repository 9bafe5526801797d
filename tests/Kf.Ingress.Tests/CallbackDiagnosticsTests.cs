using System.Net;
using Kf.Contracts;
using Kf.Ingress.Tests.Support;
using Kf.WeCom.Tests.Callback;

namespace Kf.Ingress.Tests;

public sealed class CallbackDiagnosticsTests
{
    [Fact]
    public async Task Should_count_callbacks_by_outcome_on_metrics_when_callbacks_are_answered()
    {
        using var factory = IngressFactory.WithHarness();
        var client = factory.CreateClient();
        await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice("wkAbc123", "ENCsyncToken42")));
        await client.SendAsync(WeChatRequests.Post("not xml", "abc", "1700000000", "nonce"));

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("kf_ingress_callbacks_total{outcome=\"published\"} 1", metrics);
        Assert.Contains("kf_ingress_callbacks_total{outcome=\"rejected\"} 1", metrics);
        Assert.Contains("kf_ingress_rejections_total{reason=\"MalformedXml\"} 1", metrics);
        Assert.Contains("kf_ingress_ack_duration_count{outcome=\"published\"} 1", metrics);
    }

    [Fact]
    public async Task Should_never_log_the_token_key_sync_token_or_plaintext_when_logging_at_debug__invariant_8_private()
    {
        var settings = new Dictionary<string, string?>(VectorB.Settings())
        {
            ["Kf:Transport"] = "InMemory",
            ["Logging:LogLevel:Default"] = "Debug",
        };
        using var factory = new IngressFactory(settings);
        var client = factory.CreateClient();

        var published = await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice("wkAbc123", "ENCsyncToken42")));
        await client.SendAsync(WeChatRequests.Post(WeChatRequests.AuthChange("wkSecretive")));
        await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice("wkAbc123", "ENCsyncToken42"), receiveId: "wwSomeoneElse00000"));
        await client.SendAsync(WeChatRequests.Post(WeChatRequests.Envelope(OfficialVectors.SetB.PostEncrypt), OfficialVectors.SetB.PostSignature, OfficialVectors.SetB.PostTimestamp, OfficialVectors.SetB.PostNonce));
        await client.GetAsync(WeChatRequests.Query(OfficialVectors.SetB.VerifySignature, OfficialVectors.SetB.VerifyTimestamp, OfficialVectors.SetB.VerifyNonce, OfficialVectors.SetB.EchoStr));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Single(factory.Published<CallbackReceived>());
        var logs = factory.Logs.Text;
        Assert.Contains("CallbackPublished", logs);
        Assert.Contains("kf_account_auth_change", logs);
        Assert.DoesNotContain("ENCsyncToken42", logs);
        Assert.DoesNotContain(OfficialVectors.SetB.Token, logs);
        Assert.DoesNotContain(OfficialVectors.SetB.AesKey, logs);
        Assert.DoesNotContain("你好", logs);
        Assert.DoesNotContain("wkSecretive", logs);
        Assert.DoesNotContain(OfficialVectors.SetB.EchoPlain, logs);
    }
}
