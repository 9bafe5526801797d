namespace Kf.Knowledge.Import;

/// <summary>The paragraphs under one heading path (null before the first heading and in plain text).</summary>
internal sealed record ParsedSection(string? Heading, IReadOnlyList<string> Paragraphs);
