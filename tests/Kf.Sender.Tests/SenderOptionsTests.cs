using Microsoft.Extensions.Options;

namespace Kf.Sender.Tests;

public sealed class SenderOptionsTests
{
    [Theory]
    [InlineData("Sender:RatePerSecond", "0", "Sender:RatePerSecond")]
    [InlineData("Sender:MaxConcurrency", "1000", "Sender:MaxConcurrency")]
    [InlineData("Sender:RetryDelays:0", "00:00:00.005", "Sender:RetryDelays:0")]
    [InlineData("Sender:MaxHold", "00:00:30", "Sender:MaxHold")]
    [InlineData("Sender:Queue", "Sender Queue", "Sender:Queue")]
    public async Task Should_stop_at_start_naming_the_key_when_a_setting_is_invalid(string key, string value, string named)
    {
        await using var sim = await Sim.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SenderHost.StartAsync(sim, Backends.Embedded(), new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.Message);
    }
}
