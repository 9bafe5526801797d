using System.Runtime.CompilerServices;
using Dapper;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Kf's intake as deployed: the ingress and syncers as separate processes over the real RabbitMQ,
/// Redis and MariaDB, the simulator pushing to the ingress through a <see cref="CallbackTap"/>, and a
/// capture queue on the bus. Everything is this test's own: corp, account (so Redis keys too), database,
/// RabbitMQ vhost. Dispose kills every process and writes the tail of each log to the test output.
/// </summary>
public sealed class Intake : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly RabbitVhost _vhost;
    private readonly List<ServiceProcess> _processes = [];
    private readonly List<TcpProxy> _proxies = [];
    private readonly string _logs;
    private int _syncers;

    private Intake(ITestOutputHelper output, RabbitVhost vhost, MySqlTestDatabase database, string logs, CallbackTap tap, Sim sim)
    {
        _output = output;
        _vhost = vhost;
        Database = database;
        _logs = logs;
        Tap = tap;
        Sim = sim;
    }

    /// <summary>The test's own RabbitMQ vhost, as a connection string.</summary>
    public string RabbitMq => _vhost.ConnectionString;

    /// <summary>The test's own database; the services migrate it at start.</summary>
    public MySqlTestDatabase Database { get; }

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
        await TestServers.RequireRedisAsync();
        var vhost = await RabbitVhost.CreateAsync(output);
        var database = new MySqlTestDatabase();
        await database.InitializeAsync();
        var logs = Path.Combine(AppContext.BaseDirectory, "e2e-logs", $"{test}-{Guid.NewGuid().ToString("N")[..8]}");
        var tap = await CallbackTap.StartAsync();
        var intake = new Intake(output, vhost, database, logs, tap, await Sim.StartAsync(tap.Url));
        try
        {
            intake.Capture = await BusCapture.StartAsync(intake.RabbitMq, intake.Sim.OpenKfId);
            var rabbitMq = intake.RabbitMq;
            if (brokerProxy)
            {
                (intake.BrokerProxy, rabbitMq) = intake.ProxyBroker();
            }

            intake.Ingress = await intake.StartServiceAsync("ingress", ServiceBinaries.Ingress, new()
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

    /// <summary>
    /// A <see cref="TcpProxy"/> in front of this test's RabbitMQ (stopped on dispose) and the connection
    /// string through it, so a test can take the broker away from one service only.
    /// </summary>
    public (TcpProxy Proxy, string RabbitMq) ProxyBroker()
    {
        var broker = new Uri(RabbitMq);
        var proxy = new TcpProxy(broker.Host, broker.IsDefaultPort ? 5672 : broker.Port);
        lock (_proxies)
        {
            _proxies.Add(proxy);
        }

        return (proxy, new UriBuilder(broker) { Host = "127.0.0.1", Port = proxy.Port }.Uri.ToString());
    }

    /// <summary>Starts one more syncer process (named syncer-1, syncer-2… in the logs).</summary>
    public Task<ServiceProcess> StartSyncerAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["WeCom__CorpId"] = Sim.CorpId,
            ["WeCom__Secret"] = Sim.Secret,
            ["WeCom__ApiBaseUrl"] = Sim.BaseAddress.ToString(),
            ["ConnectionStrings__RabbitMq"] = RabbitMq,
            ["ConnectionStrings__Redis"] = TestServers.Redis,
            ["ConnectionStrings__MySql"] = Database.Connections.ConnectionString,
            ["Kf__Storage"] = "MySql",
            ["Kf__Coordination"] = "Redis",
            ["Syncer__OpenKfIds__0"] = Sim.OpenKfId,
            // A killed syncer's lease and pending claims lapse within seconds, not the default 30 s.
            ["Syncer__LeaseTtl"] = "00:00:05",
            ["Syncer__PendingClaimTtl"] = "00:00:03",
            ["Kf__Bus__RetryMaxInterval"] = "00:00:01",
            // The design's backstop for a lost callback, short so SafetyPollTests ends soon. It also
            // covers a run on a broker's shared vhost (RabbitVhost), where other runs' syncers consume
            // the one queue callback-received and pull what they take against their own simulator.
            ["Syncer__SafetyPollInterval"] = "00:00:10",
        };
        foreach (var (key, value) in SyncerSettings)
        {
            settings[key] = value;
        }

        return StartServiceAsync($"syncer-{Interlocked.Increment(ref _syncers)}", ServiceBinaries.Syncer, settings);
    }

    /// <summary>The cursor row: (fence, version) only ever grow.</summary>
    public async Task<(string Cursor, long Fence, long Version)?> CursorAsync()
    {
        await using var connection = await Database.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string, long, long)>(
            "SELECT `cursor`, fence, version FROM cursors WHERE open_kfid = @id", new { id = Sim.OpenKfId });
        return rows.Select(r => ((string, long, long)?)r).SingleOrDefault();
    }

    /// <summary>message_log for this account: msgid → disposition.</summary>
    public async Task<Dictionary<string, string>> MessageLogAsync()
    {
        await using var connection = await Database.Connections.OpenAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT msgid, disposition FROM message_log WHERE open_kfid = @id", new { id = Sim.OpenKfId });
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>
    /// Waits (bounded) until <paramref name="queue"/> holds nothing ready and nothing unacknowledged: every
    /// copy of every message there was handled. On a shared vhost, where that cannot be seen, it waits
    /// <paramref name="seconds"/> instead.
    /// </summary>
    public async Task WaitDrainedAsync(string queue, int seconds)
    {
        if (!_vhost.IsolatedFromOtherRuns)
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            return;
        }

        await Eventually.WaitAsync(() => _vhost.PendingAsync(queue), pending => pending == 0, $"queue {queue} drained", seconds);
    }

    /// <summary>
    /// "Not twice" needs a moment with nothing happening: long enough for a duplicate already on its
    /// way (a racing pull, a redelivery) to arrive. A bound for a failing test, not a timing assertion.
    /// </summary>
    public static Task SettleAsync() => Task.Delay(TimeSpan.FromSeconds(3));

    /// <summary>Starts a service process that this intake kills on dispose, its log next to the others.</summary>
    public async Task<ServiceProcess> StartServiceAsync(string name, string dll, Dictionary<string, string> settings)
    {
        var process = await ServiceProcess.StartAsync(name, dll, settings, _logs);
        // Tests start several services side by side.
        lock (_processes)
        {
            _processes.Add(process);
        }

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

        foreach (var proxy in _proxies)
        {
            await proxy.DisposeAsync();
        }

        await Tap.DisposeAsync();
        await Sim.DisposeAsync();
        await Database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
