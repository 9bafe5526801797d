using Kf.ServiceDefaults.Bus;
using Kf.ServiceDefaults.Redis;
using Kf.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Options;

namespace Kf.ServiceDefaults.Tests;

// A bad setting stops the process at start with a message naming the key, never at the first message.
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("http://guest:guest@127.0.0.1:5672/")]
    [InlineData("amqp://guest@127.0.0.1/")]
    public async Task Should_fail_at_start_naming_the_key_when_ConnectionStrings_RabbitMq_is_missing_or_malformed(string? value)
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = value });
        builder.AddKfBus();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(builder));

        Assert.Contains("ConnectionStrings:RabbitMq", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("127.0.0.1:6379,nosuchoption=1")]
    public async Task Should_fail_at_start_naming_the_key_when_ConnectionStrings_Redis_is_missing_or_malformed(string? value)
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = value });
        builder.AddKfCoordination();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(builder));

        Assert.Contains("ConnectionStrings:Redis", error.Message);
    }

    [Fact]
    public async Task Should_fail_at_start_naming_the_key_when_a_bus_setting_is_out_of_range()
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?>
        {
            ["Kf:Transport"] = "InMemory",
            ["Kf:Bus:PrefetchCount"] = "0",
        });
        builder.AddKfBus();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(builder));

        Assert.Contains("Kf:Bus:PrefetchCount", error.Message);
    }

    [Fact]
    public void Should_fail_at_registration_naming_the_key_when_Kf_Transport_is_unknown()
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?> { ["Kf:Transport"] = "Kafka" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddKfBus());

        Assert.Contains("Kf:Transport", error.Message);
    }

    [Fact]
    public async Task Should_start_without_rabbitmq_or_redis_settings_when_the_all_in_one_switches_are_set()
    {
        var builder = TestApp.CreateBuilder(new Dictionary<string, string?>
        {
            ["Kf:Transport"] = "InMemory",
            ["Kf:Coordination"] = "InProcess",
        });
        builder.AddKfBus();
        builder.AddKfCoordination();

        await using var app = await TestApp.StartAsync(builder);

        Assert.NotNull(app.App.Services.GetService(typeof(Kf.Coordination.IMessageClaims)));
    }
}
