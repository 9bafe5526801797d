using System.Text.RegularExpressions;

namespace Kf.Knowledge.Import;

/// <summary>The little of CommonMark the Markdown parsers need: ATX headings, code fences, list items.</summary>
internal static partial class MarkdownSyntax
{
    /// <summary>The level (1-6) and text of an ATX heading line (<c>## 运费 ##</c> → 2, "运费"), or null.</summary>
    public static (int Level, string Text)? Heading(string line)
    {
        var match = HeadingPattern().Match(line);
        return match.Success ? (match.Groups[1].Length, match.Groups[2].Value.Trim()) : null;
    }

    /// <summary>The fence (<c>```</c> or <c>~~~</c>, any longer run) a line opens, or null.</summary>
    public static string? FenceOpening(string line)
    {
        var match = FencePattern().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Whether <paramref name="line"/> closes a block opened by <paramref name="fence"/>: the same character, at least as many.</summary>
    public static bool ClosesFence(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    /// <summary>Whether the line starts a list item (<c>- </c>, <c>* </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>).</summary>
    public static bool IsListItem(string line) => ListItemPattern().IsMatch(line);

    /// <summary>A line of only <c>---</c>, <c>***</c> or <c>___</c> (three or more, spaces allowed).</summary>
    public static bool IsThematicBreak(string line) => ThematicBreakPattern().IsMatch(line);

    /// <summary>The heading level a setext underline gives the line above it (<c>===</c> → 1, <c>---</c> → 2), or 0.</summary>
    public static int SetextLevel(string line) => SetextPattern().Match(line) is { Success: true } match ? (match.Groups[1].Value[0] == '=' ? 1 : 2) : 0;

    // Closing #s are dropped only when a space precedes them, as in CommonMark ("C#" stays "C#").
    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    private static partial Regex ThematicBreakPattern();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextPattern();
}
