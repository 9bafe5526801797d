using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Kf.Ingress.Bench;

// HTTP/1.1 keep-alive over loopback. Closed loop (N workers back to back) finds the ceiling; open
// loop (requests launched on a fixed schedule) measures latency at a given rate, timed from the
// scheduled moment so a stalled server cannot hide its queueing (no coordinated omission).
internal sealed class LoadGenerator(Uri server, CallbackCorpus corpus, int maxRequests) : IDisposable
{
    private static readonly MediaTypeHeaderValue Xml = new("text/xml");
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };

    private long _next;

    public async Task<StepResult> ClosedLoopAsync(int workers, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        long ok = 0, notOk = 0, sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref sent) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                var success = await SendAsync();
                Count(success, start, latencies, ref ok, ref notOk);
            }
        }));
        return new StepResult($"closed loop x{workers}", clock.Elapsed, ok, notOk, 0, [.. latencies]);
    }

    public async Task<StepResult> OpenLoopAsync(int rate, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        long ok = 0, notOk = 0, dropped = 0;
        var total = Math.Min((long)(rate * duration.TotalSeconds), maxRequests);
        var interval = Stopwatch.Frequency / (double)rate;
        var inFlight = new List<Task>();
        using var limit = new SemaphoreSlim(2048);
        var origin = Stopwatch.GetTimestamp();
        for (long i = 0; i < total; i++)
        {
            var due = origin + (long)(i * interval);
            while (Stopwatch.GetTimestamp() < due)
            {
                await Task.Delay(1);
            }

            if (!limit.Wait(0))
            {
                dropped++; // more than 2,048 outstanding: the server has fallen behind the rate
                continue;
            }

            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    Count(await SendAsync(), due, latencies, ref ok, ref notOk);
                }
                finally
                {
                    limit.Release();
                }
            }));
        }

        await Task.WhenAll(inFlight);
        return new StepResult($"open loop {rate}/s", Stopwatch.GetElapsedTime(origin), ok, notOk, dropped, [.. latencies]);
    }

    public void Dispose() => _client.Dispose();

    private async Task<bool> SendAsync()
    {
        var (query, body) = corpus[Interlocked.Increment(ref _next)];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Xml;
        try
        {
            using var response = await _client.PostAsync(query, content);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static void Count(bool success, long start, ConcurrentBag<double> latencies, ref long ok, ref long notOk)
    {
        if (success)
        {
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            Interlocked.Increment(ref ok);
        }
        else
        {
            Interlocked.Increment(ref notOk);
        }
    }
}
