using Kf.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.Cli;

/// <summary>
/// The knowledge base composed as the services compose it (<see cref="KnowledgeExtensions.AddKfKnowledge"/>),
/// from their settings: an optional <c>--config</c> JSON file (like a service's appsettings.json), then the
/// environment (<c>Kf__Storage</c>, <c>ConnectionStrings__MySql</c>, <c>Embeddings__BaseUrl</c>…), which wins.
/// Starting it validates the settings and migrates the schema.
/// </summary>
internal static class KnowledgeHost
{
    /// <summary>The started host; a bad setting throws <see cref="UsageException"/> naming it.</summary>
    public static async Task<IHost> StartAsync(string? configFile, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        IHost host;
        try
        {
            if (configFile is not null)
            {
                var path = Path.GetFullPath(configFile);
                if (!File.Exists(path))
                {
                    throw new UsageException($"--config: no such file: {path}");
                }

                builder.Configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
            }

            builder.Configuration.AddEnvironmentVariables();
            // Only warnings and errors, all on stderr: stdout carries the command's output.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
            // A failed start is reported once, by kf, without the host's stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.AddKfKnowledge();
            host = builder.Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException)
        {
            // A JSON file that does not parse, or a setting the binder refuses (e.g. Kf:Storage=Oracle).
            throw new UsageException($"settings: {e.Message}");
        }

        try
        {
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch (OptionsValidationException e)
        {
            host.Dispose();
            throw new UsageException($"settings: {e.Message}");
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
