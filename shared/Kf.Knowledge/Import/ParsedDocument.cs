namespace Kf.Knowledge.Import;

/// <summary>
/// A document as its parser understood it: prose sections (Markdown, text) or Q/A pairs (the FAQ
/// formats), never both. What the chunker cuts.
/// </summary>
internal sealed record ParsedDocument(string Format, IReadOnlyList<ParsedSection> Sections, IReadOnlyList<FaqPair> Pairs)
{
    public static ParsedDocument Prose(string format, IReadOnlyList<ParsedSection> sections) => new(format, sections, []);

    public static ParsedDocument Faq(string format, IReadOnlyList<FaqPair> pairs) => new(format, [], pairs);

    public bool IsEmpty => Pairs.Count == 0 && Sections.All(s => s.Paragraphs.Count == 0);
}
