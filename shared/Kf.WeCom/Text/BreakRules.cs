namespace Kf.WeCom.Text;

/// <summary>
/// Classifies the boundary after a grapheme as a paragraph break, line break, sentence end, space or
/// clause mark. The separator stays with the text it ends: the break is after it.
/// </summary>
internal static class BreakRules
{
    private const string FullWidthTerminators = "。！？；…｡";
    private const string AsciiTerminators = ".!?;";
    private const string Closers = "\"'”’)）]】」』》〉";
    private const string ClauseMarks = "，、,：:";

    /// <summary>Kind of boundary <paramref name="k"/>, looking back no further than boundary <paramref name="floor"/>.</summary>
    public static BreakKind Classify(GraphemeMap map, int k, int floor)
    {
        var before = map.Element(k - 1);
        if (IsNewline(before))
        {
            return (k - 2 >= floor && IsNewline(map.Element(k - 2))) || before is "\u2029" ? BreakKind.Paragraph : BreakKind.Line;
        }

        if (IsSentenceEnd(map, k, floor))
        {
            return BreakKind.Sentence;
        }

        if (char.IsWhiteSpace(before[0]))
        {
            return BreakKind.Space;
        }

        return ClauseMarks.Contains(before[0]) ? BreakKind.Clause : BreakKind.None;
    }

    // A terminator, then any closing quotes or brackets, then any spaces. An ASCII terminator
    // counts only before whitespace or the end, so that "3.14" and "example.com" are not sentences.
    private static bool IsSentenceEnd(GraphemeMap map, int k, int floor)
    {
        var j = k;
        while (j > floor && IsHorizontalSpace(map.Element(j - 1)))
        {
            j--;
        }

        var spaced = j < k;
        while (j > floor && Closers.Contains(map.Element(j - 1)[0]))
        {
            j--;
        }

        if (j <= floor)
        {
            return false;
        }

        var terminator = map.Element(j - 1)[0];
        if (FullWidthTerminators.Contains(terminator))
        {
            return true;
        }

        return AsciiTerminators.Contains(terminator)
            && (spaced || k == map.Count || char.IsWhiteSpace(map.Element(k)[0]));
    }

    private static bool IsNewline(ReadOnlySpan<char> element) =>
        element is "\n" or "\r\n" or "\r" or "\u2028" or "\u2029" or "\u0085";

    private static bool IsHorizontalSpace(ReadOnlySpan<char> element) =>
        char.IsWhiteSpace(element[0]) && !IsNewline(element);
}
