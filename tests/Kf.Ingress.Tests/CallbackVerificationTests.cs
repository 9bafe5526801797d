using System.Net;
using Kf.Contracts;
using Kf.Ingress.Tests.Support;
using Kf.WeCom.Tests.Callback;

namespace Kf.Ingress.Tests;

// GET /wecom/callback: the back office's URL check. Answers the bare echostr or a 4xx, nothing else.
public sealed class CallbackVerificationTests : IDisposable
{
    private readonly IngressFactory _factory = IngressFactory.WithHarness();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_answer_the_bare_decrypted_echostr_when_the_official_vector_B_is_sent()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync(WeChatRequests.Query(
            OfficialVectors.SetB.VerifySignature, OfficialVectors.SetB.VerifyTimestamp, OfficialVectors.SetB.VerifyNonce, OfficialVectors.SetB.EchoStr));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(OfficialVectors.SetB.EchoPlain, await response.Content.ReadAsStringAsync());
        Assert.Equal(OfficialVectors.SetB.EchoPlain.Length, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Fact]
    public async Task Should_answer_401_when_the_echostr_signature_is_bad__invariant_1_bad_signature_causes_nothing()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync(WeChatRequests.Query(
            "f" + OfficialVectors.SetB.VerifySignature[1..], OfficialVectors.SetB.VerifyTimestamp, OfficialVectors.SetB.VerifyNonce, OfficialVectors.SetB.EchoStr));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(OfficialVectors.SetB.EchoPlain, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_answer_400_when_echostr_is_missing()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync(WeChatRequests.Query(OfficialVectors.SetB.VerifySignature, OfficialVectors.SetB.VerifyTimestamp, OfficialVectors.SetB.VerifyNonce));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
