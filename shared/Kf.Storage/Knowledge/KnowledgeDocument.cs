namespace Kf.Storage.Knowledge;

/// <summary>One imported document of a bot profile's knowledge base.</summary>
/// <param name="Id">Database id.</param>
/// <param name="Profile">The bot profile it belongs to (e.g. <c>default</c>).</param>
/// <param name="Name">Unique within the profile; re-importing the same name replaces the document.</param>
/// <param name="Format">How it was parsed: <c>markdown</c>, <c>text</c>, <c>faq-markdown</c>, <c>faq-csv</c> or <c>faq-jsonl</c>.</param>
/// <param name="ContentHash">Lower-hex SHA-256 of the raw content; the same content is never stored twice.</param>
/// <param name="ChunkCount">How many chunks it holds.</param>
/// <param name="ImportedAt">When its current content was stored.</param>
public sealed record KnowledgeDocument(long Id, string Profile, string Name, string Format, string ContentHash, int ChunkCount, DateTimeOffset ImportedAt);
