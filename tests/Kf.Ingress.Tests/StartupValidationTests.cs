using Kf.Ingress.Tests.Support;
using Microsoft.Extensions.Options;

namespace Kf.Ingress.Tests;

// A bad WeCom setting stops the host at start, naming the key, never at the first callback.
public sealed class StartupValidationTests
{
    [Fact]
    public void Should_stop_the_host_naming_WeCom_EncodingAesKey_when_it_is_missing()
    {
        var error = StartWith("WeCom:EncodingAesKey", "");

        Assert.Contains("WeCom:EncodingAesKey", error.Message);
    }

    [Theory]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUtX")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqh!t")]
    public void Should_stop_the_host_naming_WeCom_EncodingAesKey_without_echoing_it_when_it_is_malformed(string key)
    {
        var error = StartWith("WeCom:EncodingAesKey", key);

        Assert.Contains("WeCom:EncodingAesKey must be 43 characters", error.Message);
        Assert.DoesNotContain(key, error.Message);
    }

    [Theory]
    [InlineData("WeCom:CorpId")]
    [InlineData("WeCom:Token")]
    public void Should_stop_the_host_naming_the_key_when_a_WeCom_callback_setting_is_missing(string missing)
    {
        var error = StartWith(missing, "");

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Should_stop_the_host_naming_the_key_when_Ingress_PublishTimeout_would_outlast_WeChats_5_seconds()
    {
        var error = StartWith("Ingress:PublishTimeout", "00:00:06");

        Assert.Contains("Ingress:PublishTimeout", error.Message);
    }

    private static OptionsValidationException StartWith(string key, string value)
    {
        var settings = new Dictionary<string, string?>(VectorB.Settings()) { ["Kf:Transport"] = "InMemory", [key] = value };
        using var factory = new IngressFactory(settings);
        return Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
    }
}
