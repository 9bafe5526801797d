using Kf.Sender.Consumers;
using Kf.Sender.Diagnostics;
using Kf.Sender.Redelivery;
using Kf.Sender.Sending;
using Kf.ServiceDefaults.Configuration;
using Kf.ServiceDefaults.Redis;
using Kf.Storage;
using Kf.WeCom;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kf.Sender;

/// <summary>Composition of the sender, for its own Program.cs and the all-in-one host.</summary>
public static class SenderExtensions
{
    /// <summary>
    /// Options (validated at start), the WeCom API client, the shared rate counter, the delivery ledger
    /// and the redelivery of the transport in use: parking queues on RabbitMQ, the delayed scheduler
    /// in memory. The bus is the host's: pass <see cref="AddSenderConsumers"/> to its <c>AddKfBus</c>.
    /// </summary>
    public static TBuilder AddSender<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<SenderOptions>().BindConfiguration(SenderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SenderOptions>, SenderOptionsValidator>());
        services.AddWeComApi(requireCredentials: true);
        builder.AddKfCoordination();
        builder.AddKfStorage();
        services.TryAddSingleton<SenderMetrics>();
        services.TryAddSingleton<UnrecordedOutcomes>();
        services.TryAddSingleton<SettledParts>();
        services.TryAddScoped<OrderGate>();
        services.TryAddScoped<PartSender>();
        services.TryAddScoped<DeliveryRecorder>();
        if (builder.Configuration.GetSection(KfOptions.Section).Get<KfOptions>()?.Transport == KfTransport.InMemory)
        {
            services.TryAddScoped<IRedelivery, ScheduledRedelivery>();
        }
        else
        {
            services.TryAddSingleton<ParkingQueues>();
            services.TryAddScoped<IRedelivery, ParkingQueueRedelivery>();
            services.AddHostedService<ParkingQueueDeclarer>();
        }

        return builder;
    }

    /// <summary>The sender's consumer on the host's bus, and the delayed scheduler its in-memory redelivery uses.</summary>
    public static IBusRegistrationConfigurator AddSenderConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddDelayedMessageScheduler();
        bus.AddConsumer<SendKfMessageConsumer, SendKfMessageConsumerDefinition>();
        return bus;
    }
}
