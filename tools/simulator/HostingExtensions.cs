using Microsoft.Extensions.Options;

namespace Kf.Simulator.Host;

internal static class HostingExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:8090";

    /// <summary>
    /// Loopback port 8090 unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise; request logs
    /// only at Warning, since a bot under load makes thousands of calls a second.
    /// </summary>
    public static void ConfigureSimulatorHost(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    /// <summary>Runs the host; a bad <c>Simulator:*</c> setting ends it with exit code 2 and the message naming the key.</summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"kf-simulator: invalid configuration: {string.Join("; ", ex.Failures)}");
            return 2;
        }
    }
}
