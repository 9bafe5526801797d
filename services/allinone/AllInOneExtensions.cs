using Kf.AllInOne.Hosting;
using Kf.AllInOne.Sandbox;
using Kf.Ingress;
using Kf.Knowledge.Admin;
using Kf.Responder;
using Kf.Sender;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using Kf.Simulator;
using Kf.Syncer;

namespace Kf.AllInOne;

/// <summary>Composition of the all-in-one host, for its Program.cs and its tests.</summary>
public static class AllInOneExtensions
{
    /// <summary>
    /// The embedded defaults, then the sandbox when no account is configured (before the services read
    /// <c>WeCom:*</c>), then each service's own registration and one bus carrying all their consumers.
    /// </summary>
    public static WebApplicationBuilder AddAllInOne(this WebApplicationBuilder builder)
    {
        builder.AddEmbeddedDefaults();
        if (builder.AddHostMode().Sandbox)
        {
            builder.AddSandbox();
        }

        builder.AddServiceDefaults();
        builder.AddIngress();
        builder.AddSyncer();
        builder.AddResponder();
        builder.AddSender();
        // MassTransit may be registered once per process: every service's consumers go on this one bus.
        builder.AddKfBus(bus =>
        {
            bus.AddSyncerConsumers();
            bus.AddResponderConsumers();
            bus.AddSenderConsumers();
        });
        return builder;
    }

    /// <summary>Health and metrics, the callback endpoint, the knowledge admin API (with <c>Admin:Token</c>) and, in sandbox mode, the simulator's routes.</summary>
    public static WebApplication MapAllInOne(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        app.MapIngress();
        app.MapKnowledgeAdmin();
        if (app.Services.GetRequiredService<HostMode>().Sandbox)
        {
            app.MapWeComSimulator();
        }

        return app;
    }
}
