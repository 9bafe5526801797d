namespace Kf.Knowledge.Import;

// PLACEHOLDER: replaced by the import/embeddings work.
internal sealed class KnowledgeImporter : IKnowledgeImporter
{
    public Task<ImportReport> ImportAsync(
        string profile, string name, string content, string? format, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
