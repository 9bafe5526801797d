using System.Text;

namespace Kf.WeCom.Text;

/// <summary>
/// Splits text into parts of at most a number of UTF-8 bytes (send_msg takes 2048), cutting only
/// between grapheme clusters, so that no character, surrogate pair, emoji sequence (ZWJ families,
/// flags, skin tones, variation selectors) or combining sequence is torn apart.
/// </summary>
/// <remarks>
/// <para>Each part but the last is as long as fits, then moved back to the best break in the second
/// half of its byte budget: a paragraph break (<c>\n\n</c>), else a line break, else a sentence end
/// (<c>。！？；…</c>, or <c>.!?;</c> before whitespace, with closing quotes and spaces kept), else a space,
/// else a clause mark (<c>，、,：:</c>), else the last grapheme boundary that fits. Breaks in the first
/// half are ignored so that no part is shorter than half the limit: every part is a message, and
/// WeChat allows 5 per customer message.</para>
/// <para>Nothing is trimmed or dropped: the parts joined are the input, separators staying at the end
/// of the part they close.</para>
/// <para>A grapheme cluster larger than the limit (only pathological input, such as a letter with
/// hundreds of combining marks) is cut between code points, never inside one, into parts of its own.
/// That is why the limit is at least 4 bytes, the size of the largest code point.</para>
/// </remarks>
public static class Utf8TextSplitter
{
    /// <summary>The text limit of send_msg, in UTF-8 bytes.</summary>
    public const int DefaultMaxBytes = 2048;

    /// <summary>The smallest limit: one code point of 4 bytes must fit.</summary>
    public const int MinMaxBytes = 4;

    /// <summary>Splits <paramref name="text"/>; an empty text gives no parts.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is below <see cref="MinMaxBytes"/>.</exception>
    public static IReadOnlyList<string> Split(string text, int maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, MinMaxBytes);
        if (text.Length == 0)
        {
            return [];
        }

        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return [text];
        }

        var map = new GraphemeMap(text);
        var parts = new List<string>();
        var start = 0;
        while (start < map.Count)
        {
            var end = map.LastFit(start, maxBytes);
            if (end == map.Count)
            {
                parts.Add(map.Slice(start, end));
                break;
            }

            if (end == start)
            {
                SplitCodePoints(map.Element(start), maxBytes, parts);
                start++;
                continue;
            }

            var cut = ChooseBreak(map, start, end, maxBytes);
            parts.Add(map.Slice(start, cut));
            start = cut;
        }

        return parts;
    }

    // The best kind of break between half the budget and the end; among equals, the latest.
    private static int ChooseBreak(GraphemeMap map, int start, int end, int maxBytes)
    {
        var minBytes = map.BytesBefore(start) + (maxBytes / 2);
        var best = end;
        var bestKind = BreakKind.None;
        for (var k = end; k > start && map.BytesBefore(k) >= minBytes && bestKind < BreakKind.Paragraph; k--)
        {
            var kind = BreakRules.Classify(map, k, start);
            if (kind > bestKind)
            {
                best = k;
                bestKind = kind;
            }
        }

        return best;
    }

    // Last resort for one oversized grapheme: whole code points only; a lone surrogate counts as
    // the 3 bytes of its replacement character.
    private static void SplitCodePoints(ReadOnlySpan<char> element, int maxBytes, List<string> parts)
    {
        var chunkStart = 0;
        var chunkBytes = 0;
        var index = 0;
        while (index < element.Length)
        {
            Rune.DecodeFromUtf16(element[index..], out var rune, out var consumed);
            var bytes = rune.Utf8SequenceLength;
            if (chunkBytes + bytes > maxBytes)
            {
                parts.Add(element[chunkStart..index].ToString());
                chunkStart = index;
                chunkBytes = 0;
            }

            chunkBytes += bytes;
            index += consumed;
        }

        parts.Add(element[chunkStart..].ToString());
    }
}
