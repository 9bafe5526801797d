using Kf.WeCom;
using Kf.WeCom.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.Simulator.Tests.Infrastructure;

/// <summary>The shared Kf.WeCom client, configured against a simulator host exactly as a service would be.</summary>
public static class SharedClient
{
    public static ServiceProvider For(SimulatorHost sim, string secret = SimulatorHost.Secret)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = SimulatorHost.CorpId,
            ["WeCom:Secret"] = secret,
            ["WeCom:Token"] = SimulatorHost.Token,
            ["WeCom:EncodingAesKey"] = SimulatorHost.EncodingAesKey,
            ["WeCom:ApiBaseUrl"] = sim.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddWeComApi();
        return services.BuildServiceProvider();
    }

    public static WeComApiClient Client(this ServiceProvider provider) => provider.GetRequiredService<WeComApiClient>();
}
