namespace Kf.Knowledge.Import;

/// <summary>Parses, chunks, embeds (when configured) and stores documents.</summary>
public interface IKnowledgeImporter
{
    /// <summary>
    /// Imports <paramref name="content"/> as the document <paramref name="name"/> of <paramref name="profile"/>.
    /// <paramref name="format"/> is <c>markdown</c>, <c>text</c>, <c>faq-markdown</c>, <c>faq-csv</c> or
    /// <c>faq-jsonl</c>; null picks it from the name's extension (<c>.md</c>, <c>.txt</c>, <c>.csv</c>,
    /// <c>.jsonl</c>; a Markdown file of <c>Q:</c>/<c>A:</c> pairs is FAQ Markdown).
    /// Bad content throws <see cref="KnowledgeFormatException"/> and stores nothing.
    /// </summary>
    Task<ImportReport> ImportAsync(
        string profile, string name, string content, string? format, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);
}
