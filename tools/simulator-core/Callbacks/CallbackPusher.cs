using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kf.Simulator.Callbacks;

/// <summary>
/// Delivers pushes off the request path: each gets a fresh 10-minute Token; a push not answered
/// with 200 within the timeout (5 s by default) is retried, 3 tries in all, and every attempt is
/// recorded. Up to 32 pushes are in flight at once, so one slow receiver does not hold the rest.
/// </summary>
internal sealed class CallbackPusher(SimulatorState state, SimIds ids, CallbackQueue queue, ILogger<CallbackPusher> logger)
    : BackgroundService
{
    public const int Attempts = 3;

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly CallbackEnvelopeBuilder _envelopes = new(state.Options);
    private readonly SemaphoreSlim _inFlight = new(32);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (state.Options.CallbackUrl.Length == 0)
        {
            // No receiver configured: drain the queue so it never fills; messages stay pullable.
            await foreach (var _ in queue.Reader.ReadAllAsync(stoppingToken))
            {
            }

            return;
        }

        await foreach (var openKfId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await _inFlight.WaitAsync(stoppingToken);
            _ = Task.Run(
                async () =>
                {
                    try
                    {
                        await PushAsync(openKfId, stoppingToken);
                    }
                    finally
                    {
                        _inFlight.Release();
                    }
                },
                CancellationToken.None);
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        _inFlight.Dispose();
        base.Dispose();
    }

    private async Task PushAsync(string openKfId, CancellationToken stoppingToken)
    {
        long pushId;
        long generation;
        string syncToken = ids.SyncToken();
        string? withheld;
        lock (state.Gate)
        {
            var now = state.Now;
            generation = state.Generation;
            pushId = state.Callbacks.NextPushId();
            state.Stats.CallbacksPushed++;
            withheld = state.Faults.IsCallbackSuspended(now) ? "suspended"
                : state.Faults.Take(Fault.CallbackDrop) is not null ? "dropped"
                : null;
            if (withheld is null)
            {
                state.SyncTokens.Issue(syncToken, openKfId, now);
            }
            else
            {
                _ = withheld == "suspended" ? state.Stats.CallbacksSuspended++ : state.Stats.CallbacksDropped++;
                state.Callbacks.Add(new CallbackAttempt(pushId, openKfId, "", 0, withheld, null, null, now));
            }
        }

        if (withheld is not null)
        {
            logger.CallbackWithheld(pushId, openKfId, withheld);
            return;
        }

        var (body, query) = _envelopes.Build(openKfId, syncToken, state.Now, ids.Nonce());
        var url = state.Options.CallbackUrl + (state.Options.CallbackUrl.Contains('?') ? "&" : "?") + query;
        for (var attempt = 1; attempt <= Attempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            var (status, error) = await TryOnceAsync(url, body, stoppingToken);
            var delivered = status == 200;
            lock (state.Gate)
            {
                if (state.Generation != generation)
                {
                    return;
                }

                state.Stats.CallbackAttempts++;
                state.Callbacks.Add(new CallbackAttempt(pushId, openKfId, syncToken, attempt, delivered ? "delivered" : "failed", status, error, state.Now));
                if (delivered)
                {
                    state.Stats.CallbacksDelivered++;
                }
                else if (attempt == Attempts)
                {
                    state.Stats.CallbacksFailed++;
                }
            }

            if (delivered)
            {
                return;
            }

            logger.CallbackAttemptFailed(pushId, attempt, openKfId, error ?? $"HTTP {status}");
            if (attempt < Attempts)
            {
                await Task.Delay(state.Options.CallbackRetryDelayMs, stoppingToken);
            }
        }

        logger.CallbackGaveUp(pushId, openKfId, Attempts);
    }

    private async Task<(int? Status, string? Error)> TryOnceAsync(string url, string body, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(state.Options.CallbackTimeoutMs);
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "text/xml");
            using var response = await _http.PostAsync(url, content, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (null, $"no answer within {state.Options.CallbackTimeoutMs} ms");
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.Message);
        }
    }
}
