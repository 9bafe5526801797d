using Kf.Knowledge.Embeddings;
using Kf.Storage.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Import;

/// <summary>
/// Parse, chunk, embed what the store has no vector for yet, save. Content already stored under the same
/// name (unchanged) or another name (duplicate) is recognised before anything is embedded. Any bad input
/// — profile, name, format, size, a malformed line — is a <see cref="KnowledgeFormatException"/> before
/// anything is stored.
/// </summary>
internal sealed class KnowledgeImporter(
    IKnowledgeStore store,
    IOptions<KnowledgeOptions> knowledge,
    IOptions<EmbeddingOptions> embeddingOptions,
    ILogger<KnowledgeImporter> logger,
    IEmbeddingClient? embeddings = null) : IKnowledgeImporter
{
    public const string EmbeddingStage = "embedding";
    public const string StoredStage = "stored";

    public async Task<ImportReport> ImportAsync(
        string profile, string name, string content, string? format, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ImportArguments.Validate(profile, name);
        var options = knowledge.Value;
        var document = DocumentParser.Parse(name, content, format, options.MaxDocumentBytes);
        var chunks = new KnowledgeChunker(options.ChunkMaxChars, options.ChunkOverlapChars).Chunk(document);
        var hash = ContentHash.Of(content);

        // The content hash decides before any embedding is paid for.
        var existing = await store.FindDocumentAsync(profile, name, cancellationToken);
        if (existing?.ContentHash == hash)
        {
            return Report(profile, name, document.Format, existing, ImportStatus.Unchanged, embedded: 0);
        }

        var twin = (await store.ListDocumentsAsync(profile, cancellationToken)).FirstOrDefault(d => d.ContentHash == hash && d.Name != name);
        if (twin is not null)
        {
            return Report(profile, name, document.Format, twin, ImportStatus.Duplicate, embedded: 0);
        }

        var embedded = 0;
        if (embeddings is not null)
        {
            (chunks, embedded) = await EmbedAsync(embeddings, chunks, progress, cancellationToken);
        }

        var save = await store.SaveDocumentAsync(profile, name, document.Format, hash, chunks, embeddings?.Model, cancellationToken);
        progress?.Report(new ImportProgress(StoredStage, chunks.Count, chunks.Count));
        return Report(profile, name, document.Format, save.Document, Map(save.Status), embedded);
    }

    // Vectors the store already holds for this model are reused; the rest go to the endpoint in batches.
    private async Task<(IReadOnlyList<NewChunk> Chunks, int Embedded)> EmbedAsync(
        IEmbeddingClient client, IReadOnlyList<NewChunk> chunks, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<string, float[]>(
            await store.FindEmbeddingsAsync(client.Model, chunks.Select(c => c.ContentHash).Distinct().ToList(), cancellationToken));
        var missing = chunks.Where(c => !vectors.ContainsKey(c.ContentHash)).ToList();
        var done = 0;
        progress?.Report(new ImportProgress(EmbeddingStage, done, missing.Count));
        foreach (var batch in missing.Chunk(embeddingOptions.Value.BatchSize))
        {
            var batchVectors = await client.EmbedAsync(batch.Select(c => c.Text).ToList(), cancellationToken);
            if (batchVectors.Count != batch.Length)
            {
                throw new EmbeddingException($"The embedding client returned {batchVectors.Count} vectors for {batch.Length} texts (model {client.Model}).");
            }

            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i].ContentHash] = batchVectors[i];
            }

            done += batch.Length;
            progress?.Report(new ImportProgress(EmbeddingStage, done, missing.Count));
        }

        var embedded = chunks.Select(c => c with { Embedding = vectors[c.ContentHash] }).ToList();
        // Stored vectors and new ones must be comparable: a model that changed its dimensions is not.
        if (embedded.Select(c => c.Embedding!.Length).Distinct().Count() > 1)
        {
            throw new EmbeddingException(
                $"Vectors of model {client.Model} have different dimensions ({string.Join(", ", embedded.Select(c => c.Embedding!.Length).Distinct())}); were some stored by another model of the same name?");
        }

        return (embedded, missing.Count);
    }

    // For a duplicate, stored is the document already holding the content.
    private ImportReport Report(string profile, string name, string format, KnowledgeDocument stored, ImportStatus status, int embedded)
    {
        ImportLog.Imported(logger, profile, name, format, status, stored.ChunkCount, embedded);
        return new ImportReport(stored.Id, name, format, status, stored.ChunkCount, embedded, status == ImportStatus.Duplicate ? stored.Name : null);
    }

    private static ImportStatus Map(DocumentSaveStatus status) => status switch
    {
        DocumentSaveStatus.Created => ImportStatus.Created,
        DocumentSaveStatus.Replaced => ImportStatus.Replaced,
        DocumentSaveStatus.Unchanged => ImportStatus.Unchanged,
        DocumentSaveStatus.Duplicate => ImportStatus.Duplicate,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown save status."),
    };
}
