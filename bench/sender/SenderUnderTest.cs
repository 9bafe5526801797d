using System.Diagnostics.Metrics;
using Kf.Contracts;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using Kf.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Kf.Testing.Simulation;

namespace Kf.Sender.Bench;

/// <summary>The sender composed as its Program.cs composes it, in this process, on real RabbitMQ, Redis and MariaDB.</summary>
internal sealed class SenderUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly MeterListener _listener = new();
    private long _holds;

    private SenderUnderTest(WebApplication app)
    {
        _app = app;
        var scope = app.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Kf.Sender" && instrument.Name == "kf.sender.holds" && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _holds, value));
        _listener.Start();
    }

    public IServiceProvider Services => _app.Services;

    public long Holds => Interlocked.Read(ref _holds);

    public static async Task<SenderUnderTest> StartAsync(InProcessSimulator sim, string rabbitMq, string redis, string mySql, int concurrency)
    {
        var builder = LoopbackHost.Builder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:ApiBaseUrl"] = sim.BaseAddress.ToString(),
            ["WeCom:CorpId"] = SenderBench.CorpId,
            ["WeCom:Secret"] = SenderBench.Secret,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Kf:Transport"] = "RabbitMq",
            ["Kf:Coordination"] = "Redis",
            ["Kf:Storage"] = "MySql",
            ["ConnectionStrings:RabbitMq"] = rabbitMq,
            ["ConnectionStrings:Redis"] = redis,
            ["ConnectionStrings:MySql"] = mySql,
            // WeChat's 10/s per account is a safety ceiling, not what is measured here.
            ["Sender:RatePerSecond"] = "10000",
            ["Sender:MaxConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A queue per run: a run never sees the previous one's leftovers.
            ["Sender:Queue"] = $"sender-bench-{Guid.NewGuid():N}"[..24],
        });
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddServiceDefaults();
        builder.AddSender();
        builder.AddKfBus(bus => bus.AddSenderConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return new SenderUnderTest(app);
    }

    public Task PublishAsync(SendKfMessage part) => Services.GetRequiredService<IBus>().Publish(part);

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
