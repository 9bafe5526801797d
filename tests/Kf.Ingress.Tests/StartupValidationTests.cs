using Kf.Ingress.Tests.Support;
using Kf.ServiceDefaults;
using Kf.ServiceDefaults.Bus;
using Kf.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kf.Ingress.Tests;

// A bad WeCom setting stops the host at start, naming the key, never at the first callback.
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Should_stop_the_host_naming_WeCom_EncodingAesKey_when_it_is_missing()
    {
        var error = await StartWith("WeCom:EncodingAesKey", "");

        Assert.Contains("WeCom:EncodingAesKey", error.Message);
    }

    [Theory]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUtX")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqh!t")]
    public async Task Should_stop_the_host_naming_WeCom_EncodingAesKey_without_echoing_it_when_it_is_malformed(string key)
    {
        var error = await StartWith("WeCom:EncodingAesKey", key);

        Assert.Contains("WeCom:EncodingAesKey must be 43 characters", error.Message);
        Assert.DoesNotContain(key, error.Message);
    }

    [Theory]
    [InlineData("WeCom:CorpId")]
    [InlineData("WeCom:Token")]
    public async Task Should_stop_the_host_naming_the_key_when_a_WeCom_callback_setting_is_missing(string missing)
    {
        var error = await StartWith(missing, "");

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public async Task Should_stop_the_host_naming_the_key_when_Ingress_PublishTimeout_would_outlast_WeChats_5_seconds()
    {
        var error = await StartWith("Ingress:PublishTimeout", "00:00:06");

        Assert.Contains("Ingress:PublishTimeout", error.Message);
    }

    // Composed as Program.cs composes it, but started here rather than through WebApplicationFactory:
    // its deferred host runs Program on another thread, and when start fails that thread can dispose
    // the host before the factory reads its services, surfacing ObjectDisposedException instead of
    // the validation error (dotnet/aspnetcore#40271).
    private static async Task<OptionsValidationException> StartWith(string key, string value)
    {
        var builder = LoopbackHost.Builder();
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>(VectorB.Settings()) { ["Kf:Transport"] = "InMemory", [key] = value });
        builder.AddServiceDefaults();
        builder.AddKfBus();
        builder.AddIngress();
        WebApplication? app = null;
        try
        {
            // Mapping reads the options too, so a bad setting may surface there, before start.
            return await Assert.ThrowsAsync<OptionsValidationException>(async () =>
            {
                app = builder.Build();
                app.MapDefaultEndpoints();
                app.MapIngress();
                await app.StartAsync();
            });
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }
}
