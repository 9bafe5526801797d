using Microsoft.Extensions.Options;

namespace Kf.Syncer.Tests;

public sealed class SyncerOptionsTests
{
    [Theory]
    [InlineData("Syncer:BatchLimit", "0")]
    [InlineData("Syncer:BatchLimit", "1001")]
    [InlineData("Syncer:StaleAfter", "00:00:00")]
    [InlineData("Syncer:LeaseTtl", "01:00:00")]
    [InlineData("Syncer:MaxPagesPerPull", "0")]
    [InlineData("Syncer:OpenKfIds:0", " ")]
    public async Task Should_stop_at_start_naming_the_key_when_a_setting_is_out_of_range(string key, string value)
    {
        await using var sim = await Sim.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SyncerHost.StartAsync(sim, Backend.Embedded(), new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message);
    }
}
