using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Kf.WeCom.Tests.Fakes;

/// <summary>
/// WeChat's servers, scripted: gettoken hands out token-1, token-2, … (optionally held at a gate or
/// failed by <see cref="TokenAnswer"/>); every other path is answered by <see cref="Api"/>.
/// </summary>
internal sealed class FakeWeCom : HttpMessageHandler
{
    private int _tokenCalls;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int TokenCalls => Volatile.Read(ref _tokenCalls);

    public int ExpiresIn { get; set; } = 7200;

    /// <summary>When set, gettoken waits for it, so concurrent callers pile up on one fetch.</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    /// <summary>Overrides gettoken's answer for the n-th call (1-based); null answers normally.</summary>
    public Func<int, HttpResponseMessage?> TokenAnswer { get; set; } = _ => null;

    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Api { get; set; } =
        (_, _) => Task.FromResult(Json("""{"errcode":0,"errmsg":"ok"}"""));

    public IEnumerable<RecordedRequest> ApiRequests => Requests.Where(r => !r.Path.EndsWith("/gettoken", StringComparison.Ordinal));

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(int errCode) => Json($$"""{"errcode":{{errCode}},"errmsg":"scripted error"}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.ToString());
        Requests.Enqueue(recorded);
        if (!recorded.Path.EndsWith("/cgi-bin/gettoken", StringComparison.Ordinal))
        {
            return await Api(recorded, cancellationToken);
        }

        var call = Interlocked.Increment(ref _tokenCalls);
        if (TokenGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return TokenAnswer(call)
            ?? Json($$"""{"errcode":0,"errmsg":"ok","access_token":"token-{{call}}","expires_in":{{ExpiresIn}}}""");
    }
}
