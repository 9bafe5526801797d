using Kf.Simulator;
using Kf.Simulator.Options;
using Kf.WeCom.Api;

namespace Kf.AllInOne.Sandbox;

internal static class SandboxExtensions
{
    /// <summary>
    /// The simulator on this host, and the bot pointed at it. Its settings are added as the last
    /// configuration source: with <c>Kf:Sandbox=true</c> they win over a configured real account, so the
    /// simulator and the bot's client always share the <c>Simulator:*</c> credentials.
    /// </summary>
    public static void AddSandbox(this WebApplicationBuilder builder)
    {
        var self = new SelfAddress(SelfAddress.Pick((builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';')));
        var simulator = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();
        builder.Configuration.AddInMemoryCollection(SandboxSettings.For(simulator, self.Configured));
        builder.Services.AddSingleton(self);
        builder.Services.AddWeComSimulator(builder.Configuration);
        builder.Services.AddHttpClient<WeComApiClient>().AddHttpMessageHandler(() => new SelfAddressHandler(self));
        builder.Services.AddHostedService<SandboxStartup>();
    }
}
