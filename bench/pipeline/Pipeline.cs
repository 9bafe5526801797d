using System.Reflection;
using System.Security.Cryptography;
using Kf.Storage;
using Kf.Testing;
using MySql.Data.MySqlClient;

namespace Kf.Pipeline.Bench;

/// <summary>
/// The whole deployment on this machine: a throwaway MariaDB database <c>kf_bench_&lt;random&gt;</c>,
/// the instant model, the in-process simulator, and ingress, syncer, responder and sender as four
/// separate processes (Release builds) on the given RabbitMQ vhost and Redis. Dispose kills the
/// processes and drops the database.
/// </summary>
public sealed class Pipeline : IAsyncDisposable
{
    private readonly List<ServiceProcess> _services = [];
    private MySqlConnectionFactory? _server;

    private Pipeline(BenchOptions options, Recorder recorder)
    {
        Options = options;
        Recorder = recorder;
        Logs = Path.Combine(Path.GetTempPath(), "kf-bench-pipeline", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
    }

    public BenchOptions Options { get; }

    public Recorder Recorder { get; }

    public string Database { get; } = "kf_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public string Logs { get; }

    public SimHost Sim { get; private set; } = null!;

    public FakeModel Model { get; private set; } = null!;

    /// <summary>Service name → pid of its dotnet process.</summary>
    public Dictionary<string, int> Pids { get; } = [];

    public static async Task<Pipeline> StartAsync(BenchOptions options, Recorder recorder)
    {
        var pipeline = new Pipeline(options, recorder);
        try
        {
            await pipeline.StartAllAsync();
            return pipeline;
        }
        catch
        {
            await pipeline.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync()
    {
        _server = new MySqlConnectionFactory(Options.MySql);
        await ExecuteAsync($"CREATE DATABASE `{Database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var mySql = new MySqlConnectionStringBuilder(Options.MySql) { Database = Database }.ConnectionString;
        Model = await FakeModel.StartAsync();
        var identity = SimIdentity.Create();

        var common = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMq"] = Options.RabbitMq,
            ["ConnectionStrings__Redis"] = Options.Redis,
            ["ConnectionStrings__MySql"] = mySql,
            ["Kf__Storage"] = "MySql",
            ["Kf__Coordination"] = "Redis",
            ["WeCom__CorpId"] = identity.CorpId,
            ["Logging__LogLevel__Default"] = Options.LogLevel,
        };

        // The ingress needs only the callback credentials; the simulator then pushes to it.
        await StartAsync("ingress", "ingress/Kf.Ingress", common, new()
        {
            ["WeCom__Token"] = identity.Token,
            ["WeCom__EncodingAesKey"] = identity.EncodingAesKey,
        });
        Sim = await SimHost.StartAsync(Recorder, identity, new Uri(_services[0].Address, "/wecom/callback"));

        var api = new Dictionary<string, string>(common)
        {
            ["WeCom__Secret"] = identity.Secret,
            ["WeCom__ApiBaseUrl"] = Sim.BaseAddress.ToString(),
        };
        await StartAsync("syncer", "syncer/Kf.Syncer", api, new() { ["Syncer__OpenKfIds__0"] = identity.OpenKfId });
        await StartAsync("responder", "responder/Kf.Responder", api, new()
        {
            ["Llm__Provider"] = "openai",
            ["Llm__BaseUrl"] = Model.BaseUrl,
            ["Llm__ApiKey"] = "bench",
            ["Llm__Model"] = "bench-instant",
        });
        // The default 10 sends/s per account is WeChat-safe, not a benchmark: raised (and reported).
        await StartAsync("sender", "sender/Kf.Sender", api, new() { ["Sender__RatePerSecond"] = Options.SenderRate.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private async Task StartAsync(string name, string relative, Dictionary<string, string> common, Dictionary<string, string> own)
    {
        var settings = new Dictionary<string, string>(common);
        foreach (var (key, value) in own)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in Options.ServiceEnv)
        {
            settings[key] = value;
        }

        var dll = Dll(relative);
        var service = await ServiceProcess.StartAsync(name, dll, settings, Logs);
        _services.Add(service);
        Pids[name] = ProcStats.FindByArgument(service.Address.ToString().TrimEnd('/'))
            ?? throw new InvalidOperationException($"no process found for {name} at {service.Address}");
    }

    public IEnumerable<ServiceProcess> Services => _services;

    private static string Dll(string relative)
    {
        var meta = typeof(Pipeline).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value!);
        var folder = relative.Split('/')[0];
        var path = Path.Combine(meta["ServicesRoot"], folder, "bin", meta["Configuration"], Path.GetFileName(relative) + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built: run bench/pipeline/run.sh (it builds Release).", path);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _server!.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            service.Kill();
        }

        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        if (Sim is not null)
        {
            await Sim.DisposeAsync();
        }

        if (Model is not null)
        {
            await Model.DisposeAsync();
        }

        if (_server is not null)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS `{Database}`");
            }
            catch (MySqlException e)
            {
                Console.Error.WriteLine($"could not drop {Database}: {e.Message}");
            }
        }
    }
}
