namespace Kf.AllInOne.Sandbox;

/// <summary>
/// Sends the bot's WeCom calls to the address Kestrel really listens on, and holds them until it does:
/// the syncer's safety poll starts before the server, and with port 0 the port is known only after.
/// </summary>
internal sealed class SelfAddressHandler(SelfAddress self) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The WeCom client's own timeout (WeCom:ApiTimeout) bounds this wait.
        var actual = await self.Listening.WaitAsync(cancellationToken);
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = actual.Scheme, Host = actual.Host, Port = actual.Port }.Uri;
        return await base.SendAsync(request, cancellationToken);
    }
}
