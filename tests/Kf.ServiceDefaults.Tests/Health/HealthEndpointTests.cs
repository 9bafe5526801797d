using System.Net;
using Kf.ServiceDefaults.Bus;
using Kf.ServiceDefaults.Redis;
using Kf.ServiceDefaults.Tests.Support;

namespace Kf.ServiceDefaults.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Should_answer_200_on_healthz_when_the_process_is_up()
    {
        await using var app = await TestApp.StartAsync(TestApp.CreateBuilder(new Dictionary<string, string?>()));

        var response = await app.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_report_unhealthy_on_readyz_but_live_on_healthz_when_redis_is_unreachable()
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?>
        {
            ["Kf:Transport"] = "InMemory",
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{Endpoints.ClosedPort()},connectTimeout=1000",
        });
        builder.AddKfBus();
        builder.AddKfCoordination();
        await using var app = await TestApp.StartAsync(builder);

        var ready = await app.Client.GetAsync("/readyz");
        var live = await app.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"name\":\"redis\",\"status\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Should_report_unhealthy_on_readyz_when_rabbitmq_is_unreachable()
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?>
        {
            ["Kf:Coordination"] = "InProcess",
            ["ConnectionStrings:RabbitMq"] = $"amqp://guest:guest@127.0.0.1:{Endpoints.ClosedPort()}/",
        });
        builder.AddKfBus();
        await using var app = await TestApp.StartAsync(builder);

        var ready = await app.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"name\":\"bus\",\"status\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync());
    }
}
