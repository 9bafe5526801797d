namespace Kf.Knowledge.Import;

/// <summary>Line handling shared by the parsers: one newline convention, and YAML front matter skipped.</summary>
internal static class SourceLines
{
    /// <summary>The lines of <paramref name="text"/> with CRLF and CR read as LF; line N of the file is index N-1.</summary>
    public static string[] Split(string text) => Normalize(text).Split('\n');

    /// <summary><paramref name="text"/> with CRLF and CR turned into LF, also inside quoted CSV fields.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>
    /// The index of the first line after front matter: a first line of <c>---</c> up to the next line of
    /// <c>---</c> or <c>...</c>. Without a closing line there is no front matter (it is a thematic break).
    /// </summary>
    public static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>"<paramref name="name"/> line <paramref name="line"/>: <paramref name="problem"/>".</summary>
    public static KnowledgeFormatException Error(string name, int line, string problem) => new($"{name} line {line}: {problem}");
}
