namespace Kf.Responder.Backends;

/// <summary>A retrieved chunk the model answers from.</summary>
/// <param name="Document">The document's name, so the model (and whoever reads the prompt) knows the source.</param>
/// <param name="Heading">The heading path it sits under, if any.</param>
/// <param name="Text">The chunk's text.</param>
internal sealed record KnowledgeExcerpt(string Document, string? Heading, string Text);
