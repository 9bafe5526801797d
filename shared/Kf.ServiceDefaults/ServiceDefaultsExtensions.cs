using Kf.ServiceDefaults.Health;
using Kf.ServiceDefaults.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kf.ServiceDefaults;

/// <summary>What every Kf service shares: logs, health, metrics. The bus and Redis are opt-in calls.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// JSON console logs with scopes (the msgid scope becomes the correlation), UTC timestamps; a
    /// dependency-free liveness check; the <c>/metrics</c> collector; <see cref="TimeProvider.System"/>.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        builder.Services.TryAddSingleton<MetricsCollector>();
        return builder;
    }

    /// <summary>
    /// <c>/healthz</c> (liveness), <c>/readyz</c> (checks tagged <see cref="HealthTags.Ready"/>; 503 when
    /// any is unhealthy) and <c>/metrics</c> (Prometheus text), in every environment: nginx and
    /// compose health checks need them.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });

        // Resolved now so the listener sees instruments created from here on.
        var metrics = app.Services.GetRequiredService<MetricsCollector>();
        app.MapGet("/metrics", () => TypedResults.Text(metrics.Scrape(), PrometheusText.ContentType));
        return app;
    }
}
