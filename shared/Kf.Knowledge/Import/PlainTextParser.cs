namespace Kf.Knowledge.Import;

/// <summary>Plain text → one section of paragraphs, split on blank lines; lines within a paragraph stay as written.</summary>
internal static class PlainTextParser
{
    public static ParsedDocument Parse(string text)
    {
        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var line in SourceLines.Split(text).Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                block.Add(line.TrimEnd());
            }
            else if (block.Count > 0)
            {
                paragraphs.Add(string.Join('\n', block));
                block.Clear();
            }
        }

        return ParsedDocument.Prose(KnowledgeFormats.Text, paragraphs.Count == 0 ? [] : [new ParsedSection(null, paragraphs)]);
    }
}
