using Kf.Coordination;
using Kf.Coordination.InProcess;
using Kf.Coordination.Redis;
using Kf.ServiceDefaults.Configuration;
using Kf.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Kf.ServiceDefaults.Redis;

/// <summary>Registers Redis and the coordination primitives.</summary>
public static class RedisExtensions
{
    /// <summary>
    /// A singleton <see cref="IConnectionMultiplexer"/> from <c>ConnectionStrings:Redis</c> (validated
    /// at start) with <c>abortConnect=false</c>: the process starts while Redis is down, reconnects by
    /// itself, and the <c>redis</c> check on <c>/readyz</c> reports the outage meanwhile.
    /// </summary>
    public static TBuilder AddKfRedis<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // Idempotent: a second "redis" health check would make every /readyz call throw.
        if (builder.Services.Any(d => d.ImplementationType == typeof(RedisConnectionValidator)))
        {
            return builder;
        }

        builder.Services.AddConnectionStringsValidator<RedisConnectionValidator>();
        builder.Services.TryAddSingleton<IConnectionMultiplexer>(services =>
        {
            var options = ConfigurationOptions.Parse(services.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.Redis!);
            options.AbortOnConnectFail = false;
            options.ClientName ??= services.GetRequiredService<IHostEnvironment>().ApplicationName;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3));
        return builder;
    }

    /// <summary>
    /// <see cref="IMessageClaims"/>, <see cref="ILeases"/> and <see cref="IRateCounter"/>: on Redis (via
    /// <see cref="AddKfRedis{TBuilder}"/>) by default, or the in-process stand-ins when
    /// <c>Kf:Coordination=InProcess</c> (the all-in-one host), which need no Redis at all.
    /// </summary>
    public static TBuilder AddKfCoordination<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        if (KfOptions.Read(builder.Configuration).Coordination == KfCoordination.InProcess)
        {
            services.TryAddSingleton<IMessageClaims>(s => new InProcessMessageClaims(s.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<ILeases>(s => new InProcessLeases(s.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<IRateCounter>(s => new InProcessRateCounter(s.GetRequiredService<TimeProvider>()));
            return builder;
        }

        builder.AddKfRedis();
        services.TryAddSingleton<IMessageClaims>(s => new RedisMessageClaims(s.GetRequiredService<IConnectionMultiplexer>()));
        services.TryAddSingleton<ILeases>(s => new RedisLeases(s.GetRequiredService<IConnectionMultiplexer>()));
        services.TryAddSingleton<IRateCounter>(s => new RedisRateCounter(s.GetRequiredService<IConnectionMultiplexer>()));
        return builder;
    }
}
