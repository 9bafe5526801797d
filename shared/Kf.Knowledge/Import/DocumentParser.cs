using System.Text;

namespace Kf.Knowledge.Import;

/// <summary>Checks a document's size, picks its format and hands it to that format's parser.</summary>
internal static class DocumentParser
{
    /// <summary>
    /// Parses <paramref name="content"/> as <paramref name="format"/> (null: from the extension of
    /// <paramref name="name"/>). Throws <see cref="KnowledgeFormatException"/> for an unknown format, content
    /// over <paramref name="maxBytes"/> (UTF-8), a malformed line, or a document with nothing to import.
    /// </summary>
    public static ParsedDocument Parse(string name, string content, string? format, int maxBytes)
    {
        var bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > maxBytes)
        {
            throw new KnowledgeFormatException($"{name}: {bytes} bytes is more than Knowledge:MaxDocumentBytes ({maxBytes})");
        }

        // A byte order mark survives when the caller decoded the file without detecting it.
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        if (text.Trim().Length == 0)
        {
            throw new KnowledgeFormatException($"{name}: the document is empty");
        }

        var parsed = ResolveFormat(name, format, text) switch
        {
            KnowledgeFormats.Markdown => MarkdownParser.Parse(text),
            KnowledgeFormats.Text => PlainTextParser.Parse(text),
            KnowledgeFormats.FaqMarkdown => FaqMarkdownParser.Parse(name, text),
            KnowledgeFormats.FaqCsv => FaqCsvParser.Parse(name, text),
            _ => FaqJsonLinesParser.Parse(name, text),
        };
        return parsed.IsEmpty
            ? throw new KnowledgeFormatException(KnowledgeFormats.IsFaq(parsed.Format)
                ? $"{name}: no question and answer pairs found ({parsed.Format})"
                : $"{name}: no text to import ({parsed.Format})")
            : parsed;
    }

    /// <summary>The given format checked, or the one the extension names (a <c>.md</c> of Q/A lines is FAQ Markdown).</summary>
    public static string ResolveFormat(string name, string? format, string text)
    {
        if (format is not null)
        {
            var given = format.Trim().ToLowerInvariant();
            return KnowledgeFormats.All.Contains(given)
                ? given
                : throw new KnowledgeFormatException($"{name}: unknown format '{format}'; use one of {string.Join(", ", KnowledgeFormats.All)}");
        }

        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => FaqMarkdownParser.LooksLikeFaq(text) ? KnowledgeFormats.FaqMarkdown : KnowledgeFormats.Markdown,
            ".txt" or ".text" => KnowledgeFormats.Text,
            ".csv" => KnowledgeFormats.FaqCsv,
            ".jsonl" or ".ndjson" => KnowledgeFormats.FaqJsonLines,
            var extension => throw new KnowledgeFormatException(
                $"{name}: cannot tell the format from the extension '{extension}' (.md, .txt, .csv or .jsonl); give one of {string.Join(", ", KnowledgeFormats.All)}"),
        };
    }
}
