using Kf.ServiceDefaults.Configuration;
using Kf.ServiceDefaults.Health;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kf.ServiceDefaults.Bus;

/// <summary>Registers the MassTransit bus every service shares.</summary>
public static class BusExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ from <c>ConnectionStrings:RabbitMq</c>, or on the in-memory transport
    /// when <c>Kf:Transport=InMemory</c>. Kebab-case endpoint names, publisher confirms, bounded
    /// exponential retry and prefetch from <see cref="BusOptions"/>; a health check named <c>bus</c>
    /// on <c>/readyz</c>. <paramref name="configure"/> adds consumers and the like.
    /// </summary>
    public static TBuilder AddKfBus<TBuilder>(this TBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
        where TBuilder : IHostApplicationBuilder
    {
        var transport = KfOptions.Read(builder.Configuration).Transport;
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (transport == KfTransport.RabbitMq)
        {
            builder.Services.AddConnectionStringsValidator<RabbitMqConnectionValidator>();
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.Tags.Clear();
                health.Tags.Add(HealthTags.Ready);
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
            });
            configure?.Invoke(bus);
            if (transport == KfTransport.InMemory)
            {
                bus.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg));
            }
            else
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    ConfigureHost(context, cfg);
                    cfg.PrefetchCount = context.GetRequiredService<IOptions<BusOptions>>().Value.PrefetchCount;
                    ConfigureEndpoints(context, cfg);
                });
            }
        });
        return builder;
    }

    private static void ConfigureHost(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator cfg)
    {
        // Validated at start by RabbitMqConnectionValidator, so the parse cannot fail here.
        RabbitMqEndpoint.TryParse(context.GetRequiredService<IOptions<ConnectionStringsOptions>>().Value.RabbitMq, out var endpoint, out _);
        var options = context.GetRequiredService<IOptions<BusOptions>>().Value;
        var environment = context.GetRequiredService<IHostEnvironment>();
        cfg.Host(endpoint!.Host, endpoint.Port, endpoint.VirtualHost, host =>
        {
            host.Username(endpoint.Username);
            host.Password(endpoint.Password);
            // A publish completes only when the broker has the message: the cursor and the
            // callback's 200 both depend on that.
            host.PublisherConfirmation = true;
            host.RequestedConnectionTimeout(options.ConnectTimeout);
            host.ConnectionName(environment.ApplicationName);
            if (endpoint.UseSsl)
            {
                host.UseSsl(ssl => ssl.ServerName = endpoint.Host);
            }
        });
    }

    private static void ConfigureEndpoints<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        var options = context.GetRequiredService<IOptions<BusOptions>>().Value;
        cfg.UseMessageRetry(retry => retry.Exponential(
            options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval));
        cfg.ConfigureEndpoints(context);
    }
}
