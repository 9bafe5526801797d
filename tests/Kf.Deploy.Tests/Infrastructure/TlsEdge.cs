using System.Net.Security;
using System.Security.Cryptography;
using Kf.WeCom.Crypto;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>
/// The shipped nginx configuration with TLS (a make-dev-cert.sh certificate) on loopback in front of
/// the real ingress process on the real RabbitMQ, and a capture of what the ingress publishes.
/// </summary>
public sealed class TlsEdge : IAsyncLifetime
{
    public const string CorpId = "wwDeployTestCorp01";
    public const string Token = "deploytoken";

    private CallbackCapture? _capture;
    private NginxProcess? _nginx;

    public string EncodingAesKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=');

    public WeComCallbackCrypto Crypto => new(Token, EncodingAesKey, CorpId);

    public ServiceProcess Ingress { get; private set; } = null!;

    public NginxSite Site { get; private set; } = null!;

    public CallbackCapture Capture => _capture!;

    /// <summary>HTTPS to nginx, trusting exactly the dev certificate (and its name: 127.0.0.1 is in its SAN).</summary>
    public HttpClient Https { get; private set; } = null!;

    /// <summary>Plain HTTP to nginx, redirects not followed.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestServers.RequireRabbitMqAsync();
        var folder = Directory.CreateTempSubdirectory("kf-deploy-").FullName;
        var certificate = await DevCertificate.CreateAsync(Path.Combine(folder, "certs"));
        _capture = await CallbackCapture.StartAsync(TestServers.RabbitMq);
        Ingress = await ServiceProcess.StartAsync("ingress", Repo.IngressDll, new Dictionary<string, string>
        {
            ["WeCom__CorpId"] = CorpId,
            ["WeCom__Token"] = Token,
            ["WeCom__EncodingAesKey"] = EncodingAesKey,
            ["ConnectionStrings__RabbitMq"] = TestServers.RabbitMq,
        }, Path.Combine(folder, "logs"));
        // No responder runs here: its port is closed, so /admin/ reaching it shows as 502.
        Site = NginxSite.Render(Path.Combine(folder, "site"), certificate, NginxSite.LoopbackUpstreams(Ingress.Address.Port, LoopbackPorts.Closed()));
        _nginx = await NginxProcess.StartAsync(Site);
        var thumbprint = certificate.Certificate.GetCertHashString();
        Https = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                    presented?.GetCertHashString() == thumbprint && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == 0,
            },
        })
        { BaseAddress = new Uri($"https://127.0.0.1:{Site.HttpsPort}"), Timeout = TimeSpan.FromSeconds(10) };
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{Site.HttpPort}"),
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    /// <summary>nginx's error log and the ingress's, for a failure message.</summary>
    public string Logs() => $"--- nginx error log ---\n{_nginx?.ErrorLog()}\n{Ingress?.Tail()}";

    public async Task DisposeAsync()
    {
        Https?.Dispose();
        Http?.Dispose();
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        if (Ingress is not null)
        {
            await Ingress.DisposeAsync();
        }

        if (_capture is not null)
        {
            await _capture.DisposeAsync();
        }
    }
}
