using System.Net;
using System.Security.Authentication;
using System.Text;

namespace Kf.Deploy.Tests;

/// <summary>
/// The shipped nginx configuration, run by Debian's nginx with TLS on loopback, in front of the real
/// ingress on the real RabbitMQ: WeChat's side of the deployment, end to end.
/// </summary>
public sealed class NginxTlsTests(TlsEdge edge) : IClassFixture<TlsEdge>
{
    [Fact]
    public async Task Should_answer_success_and_publish_when_a_signed_callback_comes_through_nginx()
    {
        var openKfId = $"wkDeploy{Guid.NewGuid():N}"[..24];
        var notice = $"<xml><ToUserName><![CDATA[{TlsEdge.CorpId}]]></ToUserName><CreateTime>1700000000</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>"
            + $"<Token><![CDATA[sync-token-1]]></Token><OpenKfId><![CDATA[{openKfId}]]></OpenKfId></xml>";
        var signed = edge.Crypto.EncryptAndSign(notice, "1700000000", "nonce1");
        var body = $"<xml><ToUserName><![CDATA[{TlsEdge.CorpId}]]></ToUserName><Encrypt><![CDATA[{signed.Encrypt}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";

        using var response = await edge.Https.PostAsync(
            $"/wecom/callback?msg_signature={signed.Signature}&timestamp={signed.Timestamp}&nonce={signed.Nonce}",
            new StringContent(body, Encoding.UTF8, "text/xml"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}\n{edge.Logs()}");
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var published = await Eventually.WaitAsync(
            () => Task.FromResult(edge.Capture.Received.FirstOrDefault(c => c.OpenKfId == openKfId)),
            c => c is not null, "CallbackReceived for the callback sent through nginx");
        Assert.Equal("sync-token-1", published!.SyncToken);
        Assert.Equal(TlsEdge.CorpId, published.CorpId);
    }

    [Fact]
    public async Task Should_echo_the_plaintext_when_the_url_is_verified_through_nginx()
    {
        var signed = edge.Crypto.EncryptAndSign("echo-1234567890", "1700000001", "nonce2");

        using var response = await edge.Https.GetAsync(
            $"/wecom/callback?msg_signature={signed.Signature}&timestamp={signed.Timestamp}&nonce={signed.Nonce}&echostr={Uri.EscapeDataString(signed.Encrypt)}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}\n{edge.Logs()}");
        Assert.Equal("echo-1234567890", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_answer_413_from_nginx_when_the_body_exceeds_64k()
    {
        using var response = await edge.Https.PostAsync(
            "/wecom/callback?msg_signature=x&timestamp=1&nonce=n", new ByteArrayContent(new byte[64 * 1024 + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // nginx's own page: the body never reached the ingress.
        Assert.Contains("<center>nginx</center>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_redirect_to_https_when_called_over_http()
    {
        using var response = await edge.Http.GetAsync("/wecom/callback?echostr=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("https://127.0.0.1/wecom/callback?echostr=x", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Should_serve_acme_challenges_over_plain_http_when_a_token_is_in_the_webroot()
    {
        var directory = Directory.CreateDirectory(Path.Combine(edge.Site.AcmeRoot, ".well-known", "acme-challenge"));
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "token-abc"), "token-abc.key");

        using var response = await edge.Http.GetAsync("/.well-known/acme-challenge/token-abc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("token-abc.key", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/readyz")]
    [InlineData("/wecom/callback/../metrics")]
    public async Task Should_not_expose_service_endpoints_when_asked_through_nginx(string path)
    {
        using var direct = new HttpClient { BaseAddress = edge.Ingress.Address };
        Assert.Equal(HttpStatusCode.OK, (await direct.GetAsync("/metrics")).StatusCode);

        using var response = await edge.Https.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_its_own_health_with_hsts_when_asked_over_https()
    {
        using var response = await edge.Https.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok\n", await response.Content.ReadAsStringAsync());
        Assert.Equal("max-age=63072000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Should_refuse_other_methods_when_the_callback_is_called()
    {
        using var response = await edge.Https.PutAsync("/wecom/callback", new StringContent("x"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_route_admin_to_the_responder_when_called_from_an_allowed_address()
    {
        // No responder runs in this test: a 502 is nginx saying it tried the responder's address.
        using var response = await edge.Https.GetAsync("/admin/status");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task Should_pass_a_large_knowledge_import_on_to_the_responder_when_it_exceeds_the_callbacks_64k()
    {
        // 1 MiB: over the callback's 64k bound, under the admin route's; 502 means nginx forwarded it.
        using var response = await edge.Https.PostAsync(
            "/admin/kb/default/documents", new ByteArrayContent(new byte[1024 * 1024]));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task Should_accept_a_client_when_it_offers_only_tls12()
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync("127.0.0.1", edge.Site.HttpsPort);
        await using var tls = new System.Net.Security.SslStream(client.GetStream(), false, (_, _, _, _) => true);

        await tls.AuthenticateAsClientAsync(new System.Net.Security.SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            EnabledSslProtocols = SslProtocols.Tls12,
        });

        Assert.Equal(SslProtocols.Tls12, tls.SslProtocol);
    }
}
