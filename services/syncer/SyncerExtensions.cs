using Kf.ServiceDefaults.Configuration;
using Kf.ServiceDefaults.Redis;
using Kf.Storage;
using Kf.Syncer.Consumers;
using Kf.Syncer.Diagnostics;
using Kf.Syncer.Polling;
using Kf.Syncer.Pulling;
using Kf.Syncer.Signals;
using Kf.WeCom;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Kf.Syncer;

/// <summary>Composition of the syncer, for its own Program.cs and the all-in-one host.</summary>
public static class SyncerExtensions
{
    /// <summary>
    /// Options (validated at start), the WeCom API client, claims and leases, cursors and message log, the pull loop and the
    /// safety poll. The bus is the host's: pass <see cref="AddSyncerConsumers"/> to its <c>AddKfBus</c>.
    /// </summary>
    public static TBuilder AddSyncer<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<SyncerOptions>().BindConfiguration(SyncerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SyncerOptions>, SyncerOptionsValidator>());
        services.AddWeComApi(requireCredentials: true);
        builder.AddKfCoordination();
        // Before the safety poll is added: the storage migration must run before the first poll.
        builder.AddKfStorage();
        if (builder.Configuration.GetSection(KfOptions.Section).Get<KfOptions>()?.Coordination == KfCoordination.InProcess)
        {
            services.TryAddSingleton<IPullSignals, InProcessPullSignals>();
        }
        else
        {
            services.TryAddSingleton<IPullSignals>(s => new RedisPullSignals(s.GetRequiredService<IConnectionMultiplexer>()));
        }

        services.TryAddSingleton<SyncerMetrics>();
        services.TryAddScoped<PageHandler>();
        services.TryAddScoped<PullRound>();
        services.TryAddScoped<SyncPuller>();
        services.AddHostedService<SafetyPoll>();
        return builder;
    }

    /// <summary>The syncer's consumers on the host's bus.</summary>
    public static IBusRegistrationConfigurator AddSyncerConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CallbackReceivedConsumer, CallbackReceivedConsumerDefinition>();
        return bus;
    }
}
