using Kf.Simulator;
using Kf.Simulator.Options;
using Kf.WeCom.Api;

namespace Kf.AllInOne.Sandbox;

internal static class SandboxExtensions
{
    /// <summary>
    /// The simulator on this host, the bot pointed at it, and the sample shop's knowledge imported at start
    /// (unless <c>Kf:SandboxSampleKnowledge=false</c>). Its settings are added as the last
    /// configuration source: with <c>Kf:Sandbox=true</c> they win over a configured real account, so the
    /// simulator and the bot's client always share the <c>Simulator:*</c> credentials.
    /// </summary>
    public static void AddSandbox(this WebApplicationBuilder builder)
    {
        var self = new SelfAddress(SelfAddress.Pick((builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? "").Split(';')));
        var simulator = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();
        builder.Configuration.AddInMemoryCollection(SandboxSettings.For(simulator, self.Configured));
        builder.UseFreshSandboxDatabase(self.Configured);
        builder.Services.AddSingleton(self);
        builder.Services.AddWeComSimulator(builder.Configuration);
        builder.Services.AddHttpClient<WeComApiClient>().AddHttpMessageHandler(() => new SelfAddressHandler(self));
        builder.Services.AddHostedService<SandboxStartup>();
        if (builder.Configuration.GetValue(SampleKnowledgeImport.EnabledKey, true))
        {
            builder.Services.AddHostedService<SampleKnowledgeImport>();
        }
    }

    /// <summary>
    /// The simulator keeps its state in memory, so the bot's cursors, plans and ledger must not outlive
    /// it: a cursor of the previous run would point past the new simulator's messages and nothing would
    /// ever be answered. Unless <c>ConnectionStrings:Sqlite</c> is set, the sandbox uses
    /// <c>kf-sandbox-{port}.db</c> in the content root, recreated at every start; a real account's
    /// <c>kf.db</c> is never touched.
    /// </summary>
    private static void UseFreshSandboxDatabase(this WebApplicationBuilder builder, Uri self)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString("Sqlite")))
        {
            return;
        }

        var file = Path.Combine(builder.Environment.ContentRootPath, $"kf-sandbox-{self.Port}.db");
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={file}" });
    }
}
