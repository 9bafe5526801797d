using System.Net;
using System.Text;
using Kf.Contracts;
using Kf.Ingress.Tests.Support;
using Kf.WeCom.Tests.Callback;

namespace Kf.Ingress.Tests;

// POST /wecom/callback with the in-memory harness in place of the broker.
public sealed class CallbackPostTests : IDisposable
{
    private readonly IngressFactory _factory = IngressFactory.WithHarness();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_publish_exactly_one_CallbackReceived_and_answer_success_when_a_kf_msg_or_event_is_valid__invariant_1_fast_ack()
    {
        var client = _factory.CreateClient();

        var response = await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice("wkAbc123", "ENCsyncToken42")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var published = Assert.Single(_factory.Published<CallbackReceived>());
        Assert.Equal("wkAbc123", published.OpenKfId);
        Assert.Equal("ENCsyncToken42", published.SyncToken);
        Assert.Equal(VectorB.CorpId, published.CorpId);
    }

    [Fact]
    public async Task Should_publish_nothing_when_signature_is_bad__invariant_1_fast_ack()
    {
        var client = _factory.CreateClient();
        var valid = WeChatRequests.Post(WeChatRequests.KfNotice("wkAbc123", "ENCsyncToken42"));
        var query = valid.RequestUri!.OriginalString.Replace("msg_signature=", "msg_signature=f", StringComparison.Ordinal);
        var forged = new HttpRequestMessage(HttpMethod.Post, query) { Content = valid.Content };

        var response = await client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Fact]
    public async Task Should_publish_nothing_and_answer_403_when_the_callback_is_for_another_corp__invariant_1_wrong_corpid()
    {
        var client = _factory.CreateClient();

        var response = await client.SendAsync(WeChatRequests.Post(WeChatRequests.KfNotice("wkAbc123", "ENCsyncToken42"), receiveId: "wwSomeoneElse00000"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<xml><ToUserName>ww1436e0e65a779aee</ToUserName></xml>")]
    [InlineData("<xml><Encrypt>not base64!</Encrypt>")]
    [InlineData("")]
    public async Task Should_publish_nothing_and_answer_400_when_the_body_is_malformed__invariant_1_malformed(string body)
    {
        var client = _factory.CreateClient();

        var response = await client.SendAsync(WeChatRequests.Post(body, "abc", "1700000000", "nonce"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Fact]
    public async Task Should_publish_nothing_and_answer_400_when_the_body_declares_a_DTD__invariant_8_no_dtd()
    {
        var client = _factory.CreateClient();
        var body = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<xml><ToUserName>&e;</ToUserName><Encrypt>AAAA</Encrypt></xml>";

        var response = await client.SendAsync(WeChatRequests.Post(body, "abc", "1700000000", "nonce"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_publish_nothing_and_answer_413_when_the_body_exceeds_64_KiB__invariant_8_bounded_body(bool chunked)
    {
        var client = _factory.CreateClient();
        var body = Encoding.UTF8.GetBytes(WeChatRequests.Envelope(new string('A', 64 * 1024)));
        var request = WeChatRequests.Post("", "abc", "1700000000", "nonce");
        // Chunked: no Content-Length, so the bound must hold while reading, not only on the header.
        request.Content = chunked ? new UnsizedContent(body) : new ByteArrayContent(body);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Fact]
    public async Task Should_answer_success_and_publish_nothing_when_the_official_vector_B_text_message_carries_no_Token()
    {
        var client = _factory.CreateClient();

        var response = await client.SendAsync(WeChatRequests.Post(
            WeChatRequests.Envelope(OfficialVectors.SetB.PostEncrypt), OfficialVectors.SetB.PostSignature, OfficialVectors.SetB.PostTimestamp, OfficialVectors.SetB.PostNonce));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        Assert.Empty(_factory.Published<CallbackReceived>());
    }

    [Fact]
    public async Task Should_answer_success_and_publish_nothing_when_the_event_is_kf_account_auth_change()
    {
        var client = _factory.CreateClient();

        var response = await client.SendAsync(WeChatRequests.Post(WeChatRequests.AuthChange("wkAbc123")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_factory.Published<CallbackReceived>());
    }
}
