using Kf.Simulator.Callbacks;
using Kf.Simulator.Control;
using Kf.Simulator.Inbound;
using Kf.Simulator.Options;
using Kf.Simulator.Sessions;
using Kf.Simulator.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kf.Simulator;

public static class SimulatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the 微信客服 simulator: options from <c>Simulator:*</c> (validated at start), the
    /// in-memory state, the simulator clock and the callback pusher. Pair with <c>MapWeComSimulator()</c>.
    /// </summary>
    public static IServiceCollection AddWeComSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SimulatorOptions>()
            .Bind(configuration.GetSection(SimulatorOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<SimClock>();
        services.TryAddSingleton<SimIds>();
        services.AddSingleton<SimulatorState>();
        services.AddSingleton(sp => sp.GetRequiredService<SimulatorState>().Options);
        services.AddSingleton<CallbackQueue>();
        services.AddSingleton<Inbox>();
        services.AddSingleton<SessionTransitions>();
        services.AddSingleton<CustomerMessages>();
        services.AddHostedService<CallbackPusher>();
        return services;
    }
}
