namespace Kf.Knowledge.Import;

/// <summary>
/// Markdown → sections. Headings <c>#</c>..<c>######</c> (and setext underlines) set the heading path
/// (<c>退换货 / 运费</c>); blank lines separate paragraphs; a list, a table or a fenced code block stays one
/// paragraph (a list keeps its items together across blank lines); front matter and thematic breaks are dropped.
/// </summary>
internal static class MarkdownParser
{
    /// <summary>Headings are joined into a path with this.</summary>
    public const string PathSeparator = " / ";

    public static ParsedDocument Parse(string text)
    {
        var lines = SourceLines.Split(text);
        var sections = new List<ParsedSection>();
        var path = new string[6];
        string? heading = null;
        var paragraphs = new List<string>();
        var block = new List<string>();
        string? fence = null;

        for (var i = SourceLines.SkipFrontMatter(lines); i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (fence is not null)
            {
                block.Add(line);
                fence = MarkdownSyntax.ClosesFence(line, fence) ? null : fence;
            }
            else if (MarkdownSyntax.FenceOpening(line) is { } opening)
            {
                // The code joins the paragraph it follows ("示例：" then the code) and keeps its blank lines.
                block.Add(line);
                fence = opening;
            }
            else if (line.Length == 0)
            {
                EndParagraph();
            }
            else if (MarkdownSyntax.Heading(line) is var (level, title))
            {
                StartSection(level, title);
            }
            else if (block.Count == 1 && MarkdownSyntax.SetextLevel(line) is > 0 and var setext)
            {
                var underlined = block[0].Trim();
                block.Clear();
                StartSection(setext, underlined);
            }
            else if (MarkdownSyntax.IsThematicBreak(line))
            {
                EndParagraph();
            }
            else
            {
                block.Add(line);
            }
        }

        EndSection();
        return ParsedDocument.Prose(KnowledgeFormats.Markdown, sections);

        void StartSection(int level, string title)
        {
            EndSection();
            path[level - 1] = title;
            Array.Clear(path, level, path.Length - level);
            heading = string.Join(PathSeparator, path.Take(level).Where(p => !string.IsNullOrEmpty(p)));
            heading = heading.Length == 0 ? null : heading;
        }

        void EndSection()
        {
            EndParagraph();
            if (paragraphs.Count > 0)
            {
                sections.Add(new ParsedSection(heading, [.. paragraphs]));
                paragraphs.Clear();
            }
        }

        void EndParagraph()
        {
            if (block.Count == 0)
            {
                return;
            }

            var paragraph = string.Join('\n', block);
            block.Clear();
            // A loose list (blank lines between items) or an item's indented continuation stays with its list.
            if (paragraphs.Count > 0 && MarkdownSyntax.IsListItem(paragraphs[^1]) &&
                (MarkdownSyntax.IsListItem(paragraph) || char.IsWhiteSpace(paragraph[0])))
            {
                paragraphs[^1] += "\n\n" + paragraph;
            }
            else
            {
                paragraphs.Add(paragraph);
            }
        }
    }
}
