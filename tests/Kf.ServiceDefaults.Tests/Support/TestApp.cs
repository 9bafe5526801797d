using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Kf.ServiceDefaults.Tests.Support;

// A service host as Program.cs would compose it, on the in-memory test server, seeing only the
// settings the test gives (no environment variables, no appsettings files).
public sealed class TestApp(WebApplication app) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public HttpClient Client { get; } = app.GetTestClient();

    public static WebApplicationBuilder CreateBuilder(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        return builder;
    }

    public static async Task<TestApp> StartAsync(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return new TestApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
