namespace Kf.Knowledge.Import;

/// <summary>The outcome of importing one document.</summary>
/// <param name="DocumentId">The stored document (for a duplicate: the one already holding the content).</param>
/// <param name="Name">The document's name.</param>
/// <param name="Format">The format it was parsed as.</param>
/// <param name="Status">What happened.</param>
/// <param name="Chunks">How many chunks it holds.</param>
/// <param name="Embedded">How many chunks were sent to the embedding endpoint (cached ones are not).</param>
/// <param name="DuplicateOf">For <see cref="ImportStatus.Duplicate"/>: the name of the document with the same content.</param>
public sealed record ImportReport(long DocumentId, string Name, string Format, ImportStatus Status, int Chunks, int Embedded, string? DuplicateOf);
