using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kf.Ingress.Tests.Support;

// The ingress exactly as Program.cs composes it, with the given settings on top of its appsettings.json.
// With the harness, MassTransit's in-memory test harness replaces the bus (no broker needed).
public sealed class IngressFactory(IReadOnlyDictionary<string, string?> settings, bool harness = true)
    : WebApplicationFactory<Program>
{
    public LogCapture Logs { get; } = new();

    public static IngressFactory WithHarness() =>
        new(new Dictionary<string, string?>(VectorB.Settings()) { ["Kf:Transport"] = "InMemory" });

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    // What was published so far, without waiting: the handler answers only after Publish completed.
    public IReadOnlyList<T> Published<T>()
        where T : class =>
        [.. Harness.Published.Select<T>(new CancellationToken(canceled: true)).Select(m => m.Context.Message)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Read at registration (Kf:Transport), so settings go in as host settings, not late sources.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (harness)
            {
                services.AddMassTransitTestHarness();
            }
        });
    }
}
