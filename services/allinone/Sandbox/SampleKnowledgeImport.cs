using Kf.Knowledge;
using Kf.Knowledge.Import;
using Microsoft.Extensions.Options;

namespace Kf.AllInOne.Sandbox;

/// <summary>
/// Imports the sample shop's knowledge (<c>Sandbox/SampleKnowledge/</c>, copied beside the binary) into the
/// default profile, so the sandbox answers its FAQ with no model configured. After the migrations (which run
/// in StartAsync) and before the first customer can write; re-importing the same files changes nothing. A
/// failure is logged, never fatal: the sandbox still runs, answering as without knowledge.
/// </summary>
internal sealed class SampleKnowledgeImport(IKnowledgeImporter importer, IOptions<KnowledgeOptions> options, ILogger<SampleKnowledgeImport> logger)
    : IHostedLifecycleService
{
    /// <summary>Set to false to start the sandbox with an empty knowledge base (e.g. to try a model on its own).</summary>
    public const string EnabledKey = "Kf:SandboxSampleKnowledge";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Sandbox", "SampleKnowledge");

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var profile = options.Value.DefaultProfile;
        if (!Directory.Exists(Folder))
        {
            logger.LogWarning(new EventId(2, "SampleKnowledgeMissing"), "Sandbox sample knowledge not found at {Folder}: nothing imported", Folder);
            return;
        }

        foreach (var file in Files())
        {
            var name = Path.GetFileName(file);
            try
            {
                var report = await importer.ImportAsync(profile, name, await File.ReadAllTextAsync(file, cancellationToken), null, null, cancellationToken);
                logger.LogInformation(
                    new EventId(3, "SampleKnowledgeImported"), "Sandbox sample knowledge {Name}: {Status}, {Chunks} chunks in profile {Profile}",
                    report.Name, report.Status, report.Chunks, profile);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(new EventId(4, "SampleKnowledgeFailed"), e, "Sandbox sample knowledge {Name} was not imported; the sandbox runs without it", name);
            }
        }
    }

    // The folder's README describes the data; it is not knowledge for customers.
    private static IEnumerable<string> Files() => Directory.EnumerateFiles(Folder)
        .Where(f => KnowledgeFormats.FileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
        .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
        .Order(StringComparer.Ordinal);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
