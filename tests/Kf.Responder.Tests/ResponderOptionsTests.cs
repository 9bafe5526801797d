using Microsoft.Extensions.Options;

namespace Kf.Responder.Tests;

/// <summary>A bad setting stops the host at start with a message naming the key.</summary>
public sealed class ResponderOptionsTests
{
    [Theory]
    [InlineData("Llm:Provider", "gpt", "Llm:Provider")]
    [InlineData("Llm:Provider", "openai", "Llm:BaseUrl")]
    [InlineData("Llm:Provider", "coze", "Coze:Token")]
    [InlineData("Llm:TimeoutSeconds", "0", "Llm:TimeoutSeconds")]
    [InlineData("Llm:Temperature", "3", "Llm:Temperature")]
    [InlineData("Responder:MemoryTurns", "-1", "Responder:MemoryTurns")]
    [InlineData("Responder:LeaseTtl", "00:00:05", "Responder:LeaseTtl")]
    public async Task Should_refuse_to_start_naming_the_key_when_a_setting_is_invalid(string key, string value, string named)
    {
        await using var sim = await Sim.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ResponderHost.StartAsync(sim, Backend.Embedded(), new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.Message);
    }
}
