using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Kf.ServiceDefaults.Redis;

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The multiplexer reconnects in the background; while it is down, say so without waiting.
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected.");
        }

        try
        {
            var rtt = await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"PING {rtt.TotalMilliseconds:0.#} ms.");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis PING failed.", e);
        }
    }
}
