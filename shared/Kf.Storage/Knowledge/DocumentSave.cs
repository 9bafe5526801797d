namespace Kf.Storage.Knowledge;

/// <summary>The result of <see cref="IKnowledgeStore.SaveDocumentAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Document">The stored document (for <see cref="DocumentSaveStatus.Duplicate"/>: the one already holding this content).</param>
public sealed record DocumentSave(DocumentSaveStatus Status, KnowledgeDocument Document);
