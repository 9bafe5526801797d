using System.Globalization;

namespace Kf.Knowledge.Import;

/// <summary>
/// Cuts text that is too long for one chunk: at sentence ends (。！？ and .!? before a space, the end or
/// CJK text; closing quotes and brackets stay with their sentence) and line breaks, then, for a sentence
/// still too long, at the last space in the second half of the window or else anywhere, but never inside
/// a user-perceived character (a surrogate pair, an emoji sequence, a base with its combining marks).
/// The pieces joined back are the text.
/// </summary>
internal static class TextSplitter
{
    private const string FullWidthEnds = "。！？";
    private const string AsciiEnds = ".!?";
    private const string Closers = "\"'”’」』）)】》";

    /// <summary>Pieces of at most <paramref name="limit"/> characters that concatenate to <paramref name="text"/>.</summary>
    public static IEnumerable<string> Split(string text, int limit) =>
        Sentences(text).SelectMany(sentence => sentence.Length <= limit ? [sentence] : HardCut(sentence, limit));

    /// <summary>The sentences of <paramref name="text"/>, each with the whitespace after it.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && !FullWidthEnds.Contains(c) && !AsciiEnds.Contains(c))
            {
                continue;
            }

            var end = i + 1;
            while (c != '\n' && end < text.Length && (FullWidthEnds.Contains(text[end]) || AsciiEnds.Contains(text[end]) || Closers.Contains(text[end])))
            {
                end++;
            }

            // "3.5", "example.com" and "v1.2" are not sentence ends.
            if (AsciiEnds.Contains(c) && end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] < 128)
            {
                continue;
            }

            while (c != '\n' && end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            yield return text[start..end];
            start = end;
            i = end - 1;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>Pieces of at most <paramref name="limit"/> characters cut on character boundaries, preferring a space.</summary>
    public static IEnumerable<string> HardCut(string text, int limit)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        var position = 0;
        while (text.Length - position > limit)
        {
            var end = Boundary(text, starts, position, position + limit);
            var space = text.LastIndexOfAny([' ', '\t', '\n'], end - 1, end - position);
            if (space >= position + (limit / 2))
            {
                end = space + 1;
            }

            yield return text[position..end];
            position = end;
        }

        yield return text[position..];
    }

    /// <summary>The last <paramref name="length"/> characters or fewer, starting on a character boundary.</summary>
    public static string Tail(string text, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        if (text.Length <= length)
        {
            return text;
        }

        var starts = StringInfo.ParseCombiningCharacters(text);
        var index = Array.BinarySearch(starts, text.Length - length);
        var start = index >= 0 ? starts[index] : (~index < starts.Length ? starts[~index] : text.Length);
        return text[start..];
    }

    // The last boundary in (from, at]; a single character longer than the window is cut between code points.
    private static int Boundary(string text, int[] starts, int from, int at)
    {
        var index = Array.BinarySearch(starts, at);
        var boundary = index >= 0 ? starts[index] : starts[~index - 1];
        if (boundary > from)
        {
            return boundary;
        }

        return char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;
    }
}
