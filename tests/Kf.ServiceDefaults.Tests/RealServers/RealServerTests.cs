using System.Net;
using Kf.Contracts;
using Kf.ServiceDefaults.Bus;
using Kf.ServiceDefaults.Redis;
using Kf.ServiceDefaults.Tests.Support;
using Kf.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kf.ServiceDefaults.Tests.RealServers;

// The distributed defaults against real RabbitMQ and Redis (KF_TEST_RABBITMQ, KF_TEST_REDIS).
public sealed class RealServerTests : IAsyncLifetime
{
    // A bound on waiting for the broker, not a timing assertion: a healthy run takes milliseconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task InitializeAsync()
    {
        await TestServers.RequireRabbitMqAsync();
        await TestServers.RequireRedisAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_report_ready_and_carry_a_message_when_rabbitmq_and_redis_are_up()
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = TestServers.RabbitMq,
            ["ConnectionStrings:Redis"] = TestServers.Redis,
        });
        builder.Services.AddSingleton<CallbackProbe>();
        builder.Services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        // Temporary: a durable probe queue would stay bound to CallbackReceived after the test and
        // collect every callback later suites publish on this broker, without a consumer.
        builder.AddKfBus(bus => bus.AddConsumer<CallbackProbeConsumer>().Endpoint(e =>
        {
            e.Name = $"callback-probe-{Guid.NewGuid():N}";
            e.Temporary = true;
        }));
        builder.AddKfCoordination();
        await using var app = await TestApp.StartAsync(builder);
        var openKfId = $"wk-test-{Guid.NewGuid():N}";
        var received = app.App.Services.GetRequiredService<CallbackProbe>().WaitFor(openKfId);

        var ready = await app.Client.GetAsync("/readyz");
        await app.App.Services.GetRequiredService<IPublishEndpoint>().Publish(new CallbackReceived
        {
            OpenKfId = openKfId,
            SyncToken = "token",
            ReceivedAt = DateTimeOffset.UtcNow,
            CorpId = "ww-test",
        });

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("token", (await received.WaitAsync(Patience)).SyncToken);
    }
}
