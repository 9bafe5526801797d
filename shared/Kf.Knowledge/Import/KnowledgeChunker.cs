using System.Text;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Import;

/// <summary>
/// Cuts a parsed document into the chunks retrieval searches. Prose: per section, paragraphs packed into
/// chunks of at most <c>maxChars</c> characters (the heading path line included, so retrieval sees it),
/// consecutive chunks of a section sharing <c>overlapChars</c> characters, paragraphs too long for one chunk
/// cut by <see cref="TextSplitter"/>. FAQ: one whole chunk per pair, "question\nanswer". A text that occurs
/// twice in a document is kept once.
/// </summary>
internal sealed class KnowledgeChunker(int maxChars, int overlapChars)
{
    /// <summary>Longest stored heading path; longer ones end in "…".</summary>
    public const int MaxHeadingChars = 255;

    public IReadOnlyList<NewChunk> Chunk(ParsedDocument document)
    {
        var drafts = document.Pairs.Count > 0
            ? document.Pairs.Select(p => (Heading: (string?)null, Text: p.Question + "\n" + p.Answer, Question: (string?)p.Question, Answer: (string?)p.Answer))
            : document.Sections.SelectMany(s => Bodies(s).Select(text => (Heading: Bound(s.Heading, MaxHeadingChars), Text: text, Question: (string?)null, Answer: (string?)null)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chunks = new List<NewChunk>();
        foreach (var draft in drafts)
        {
            if (seen.Add(draft.Text))
            {
                chunks.Add(new NewChunk(chunks.Count, draft.Heading, draft.Text, draft.Question, draft.Answer, ContentHash.Of(draft.Text), null));
            }
        }

        return chunks;
    }

    // Each chunk's text of one section: its heading line, then the body.
    private IEnumerable<string> Bodies(ParsedSection section)
    {
        // The heading line is bounded so that a long path cannot crowd out the text it labels.
        var prefix = section.Heading is null ? string.Empty : Bound(section.Heading, maxChars / 4) + "\n";
        var budget = maxChars - prefix.Length;
        var overlap = Math.Min(overlapChars, budget / 2);
        // A piece must fit in a chunk after the overlap and a paragraph break.
        var pieceLimit = budget - overlap - 2;

        var body = new StringBuilder();
        foreach (var (separator, piece) in Pieces(section.Paragraphs, pieceLimit))
        {
            if (body.Length == 0)
            {
                body.Append(piece.TrimStart());
            }
            else if (body.Length + separator.Length + piece.Length <= budget)
            {
                body.Append(separator).Append(piece);
            }
            else
            {
                var done = body.ToString().Trim();
                yield return prefix + done;
                var tail = TextSplitter.Tail(done, overlap).TrimStart();
                body.Clear().Append(tail).Append(tail.Length == 0 ? piece.TrimStart() : separator + piece);
            }
        }

        if (body.ToString().Trim() is { Length: > 0 } last)
        {
            yield return prefix + last;
        }
    }

    // Paragraphs, or the sentences (or cuts) of a long one, with what joins each to the one before.
    private static IEnumerable<(string Separator, string Piece)> Pieces(IReadOnlyList<string> paragraphs, int limit)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var separator = i == 0 ? string.Empty : "\n\n";
            foreach (var piece in paragraphs[i].Length <= limit ? [paragraphs[i]] : TextSplitter.Split(paragraphs[i], limit))
            {
                yield return (separator, piece);
                separator = string.Empty;
            }
        }
    }

    private static string? Bound(string? text, int max) =>
        text is null || text.Length <= max ? text : TextSplitter.HardCut(text, max - 1).First() + "…";
}
