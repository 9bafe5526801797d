using System.Runtime.CompilerServices;
using Dapper;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Kf's intake as deployed: the ingress and syncers as separate processes over the real RabbitMQ,
/// Redis and MariaDB, the simulator pushing to the ingress through a <see cref="CallbackTap"/>, and a
/// capture queue on the bus. Everything is this test's own: corp, account, database. Dispose kills
/// every process and writes the tail of each log to the test output.
/// </summary>
public sealed class Intake : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly MySqlTestDatabase _database;
    private readonly List<ServiceProcess> _processes = [];
    private readonly string _logs;
    private int _syncers;

    private Intake(ITestOutputHelper output, MySqlTestDatabase database, string logs, CallbackTap tap, Sim sim)
    {
        _output = output;
        _database = database;
        _logs = logs;
        Tap = tap;
        Sim = sim;
    }

    public Sim Sim { get; }

    public CallbackTap Tap { get; }

    public Captured Captured => Capture!.Captured;

    /// <summary>Between the ingress and RabbitMQ, when started with <c>brokerProxy</c>.</summary>
    public TcpProxy? BrokerProxy { get; private set; }

    public ServiceProcess Ingress { get; private set; } = null!;

    /// <summary>Settings every syncer started afterwards gets (environment variable names).</summary>
    public Dictionary<string, string> SyncerSettings { get; } = [];

    private BusCapture? Capture { get; set; }

    public static async Task<Intake> StartAsync(ITestOutputHelper output, bool brokerProxy = false, [CallerMemberName] string test = "")
    {
        await TestServers.RequireRabbitMqAsync();
        await TestServers.RequireRedisAsync();
        var database = new MySqlTestDatabase();
        await database.InitializeAsync();
        var logs = Path.Combine(AppContext.BaseDirectory, "e2e-logs", $"{test}-{Guid.NewGuid().ToString("N")[..8]}");
        var tap = await CallbackTap.StartAsync();
        var intake = new Intake(output, database, logs, tap, await Sim.StartAsync(tap.Url));
        try
        {
            intake.Capture = await BusCapture.StartAsync(TestServers.RabbitMq, intake.Sim.OpenKfId);
            var rabbitMq = TestServers.RabbitMq;
            if (brokerProxy)
            {
                var broker = new Uri(rabbitMq);
                intake.BrokerProxy = new TcpProxy(broker.Host, broker.IsDefaultPort ? 5672 : broker.Port);
                rabbitMq = new UriBuilder(broker) { Host = "127.0.0.1", Port = intake.BrokerProxy.Port }.Uri.ToString();
            }

            intake.Ingress = await intake.StartProcessAsync("ingress", ServiceBinaries.Ingress, new()
            {
                ["WeCom__CorpId"] = intake.Sim.CorpId,
                ["WeCom__Token"] = intake.Sim.Token,
                ["WeCom__EncodingAesKey"] = intake.Sim.EncodingAesKey,
                ["ConnectionStrings__RabbitMq"] = rabbitMq,
            });
            tap.Ingress = intake.Ingress.Address;
            return intake;
        }
        catch
        {
            await intake.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more syncer process (named syncer-1, syncer-2… in the logs).</summary>
    public Task<ServiceProcess> StartSyncerAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["WeCom__CorpId"] = Sim.CorpId,
            ["WeCom__Secret"] = Sim.Secret,
            ["WeCom__ApiBaseUrl"] = Sim.BaseAddress.ToString(),
            ["ConnectionStrings__RabbitMq"] = TestServers.RabbitMq,
            ["ConnectionStrings__Redis"] = TestServers.Redis,
            ["ConnectionStrings__MySql"] = _database.Connections.ConnectionString,
            ["Kf__Storage"] = "MySql",
            ["Kf__Coordination"] = "Redis",
            ["Syncer__OpenKfIds__0"] = Sim.OpenKfId,
            // A killed syncer's lease and pending claims lapse within seconds, not the default 30 s.
            ["Syncer__LeaseTtl"] = "00:00:05",
            ["Syncer__PendingClaimTtl"] = "00:00:03",
            ["Kf__Bus__RetryMaxInterval"] = "00:00:01",
            // Every syncer on a broker consumes the one queue callback-received, including those of
            // other runs sharing the broker: a CallbackReceived they take is pulled against their
            // simulator and lost to this test. The design's backstop, the safety poll, covers it.
            ["Syncer__SafetyPollInterval"] = "00:00:10",
        };
        foreach (var (key, value) in SyncerSettings)
        {
            settings[key] = value;
        }

        return StartProcessAsync($"syncer-{Interlocked.Increment(ref _syncers)}", ServiceBinaries.Syncer, settings);
    }

    /// <summary>The cursor row: (fence, version) only ever grow.</summary>
    public async Task<(string Cursor, long Fence, long Version)?> CursorAsync()
    {
        await using var connection = await _database.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string, long, long)>(
            "SELECT `cursor`, fence, version FROM cursors WHERE open_kfid = @id", new { id = Sim.OpenKfId });
        return rows.Select(r => ((string, long, long)?)r).SingleOrDefault();
    }

    /// <summary>message_log for this account: msgid → disposition.</summary>
    public async Task<Dictionary<string, string>> MessageLogAsync()
    {
        await using var connection = await _database.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT msgid, disposition FROM message_log WHERE open_kfid = @id", new { id = Sim.OpenKfId });
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>
    /// "Not twice" needs a moment with nothing happening: long enough for a duplicate already on its
    /// way (a racing pull, a redelivery) to arrive. A bound for a failing test, not a timing assertion.
    /// </summary>
    public static Task SettleAsync() => Task.Delay(TimeSpan.FromSeconds(3));

    private async Task<ServiceProcess> StartProcessAsync(string name, string dll, Dictionary<string, string> settings)
    {
        var process = await ServiceProcess.StartAsync(name, dll, settings, _logs);
        _processes.Add(process);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Kill();
        }

        // The test runner shows a test's output when it fails: the last lines of every service.
        foreach (var process in _processes)
        {
            _output.WriteLine(process.Tail(25));
            await process.DisposeAsync();
        }

        if (Capture is not null)
        {
            await Capture.DisposeAsync();
        }

        if (BrokerProxy is not null)
        {
            await BrokerProxy.DisposeAsync();
        }

        await Tap.DisposeAsync();
        await Sim.DisposeAsync();
        await _database.DisposeAsync();
    }
}
