using Microsoft.Extensions.Options;

namespace Kf.Simulator.Tests.Control;

public sealed class SimulatorOptionsTests
{
    [Theory]
    [InlineData("Simulator:EncodingAesKey", "too-short")]
    [InlineData("Simulator:CorpId", "bad corp id")]
    [InlineData("Simulator:Token", "")]
    [InlineData("Simulator:CallbackUrl", "ftp://example.com")]
    [InlineData("Simulator:OpenKfIds:0", "bad id!")]
    [InlineData("Simulator:SyncWithoutTokenPerMinute", "0")]
    public async Task Should_refuse_to_start_naming_the_key_when_a_setting_is_bad(string key, string value)
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => SimulatorHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key.Split(':')[0] + ":" + key.Split(':')[1], ex.Message);
    }
}
