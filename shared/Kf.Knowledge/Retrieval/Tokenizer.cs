using System.Text;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// One tokenizer for documents and queries, so both sides agree: NFKC (full-width → half-width) and lower
/// case, then runs of CJK characters become their characters and their overlapping character bigrams —
/// Chinese has no spaces and bigrams need no dictionary; the characters too because customers reword
/// ("付钱" for "付款"): on the evaluation set unigrams lifted lexical recall@1 from 0.43 to 0.55 and
/// recall@5 from 0.69 to 0.81, while off-topic questions stayed below the thresholds. Runs of other
/// letters and digits become whole words (<c>vip</c>, <c>15</c>, <c>iphone15</c>), and a word mixing letters and digits also
/// yields its letter and digit parts, so "iPhone 15" and "iphone15" meet. Anything else separates.
/// Tokens are ranges of the normalized text, so a query needs no string per token.
/// </summary>
internal static class Tokenizer
{
    /// <summary>NFKC and invariant lower case: the text every token range points into.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Appends the token ranges of <paramref name="normalized"/> (from <see cref="Normalize"/>) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string normalized, List<Range> tokens)
    {
        var i = 0;
        while (i < normalized.Length)
        {
            var kind = KindAt(normalized, i, out var width);
            if (kind == CharKind.Separator)
            {
                i += width;
                continue;
            }

            i = kind == CharKind.Cjk ? CjkRun(normalized, i, tokens) : WordRun(normalized, i, tokens);
        }
    }

    /// <summary>The tokens of <paramref name="text"/> as strings (index building and tests).</summary>
    public static List<string> Tokens(string text)
    {
        var normalized = Normalize(text);
        var ranges = new List<Range>();
        Tokenize(normalized, ranges);
        return ranges.ConvertAll(r => normalized[r]);
    }

    // Each character, then the bigram it starts (runes, so CJK extension B counts as one character).
    private static int CjkRun(string s, int start, List<Range> tokens)
    {
        var previous = start;
        KindAt(s, start, out var width);
        var current = start + width;
        if (current >= s.Length || KindAt(s, current, out _) != CharKind.Cjk)
        {
            tokens.Add(start..current);
            return current;
        }

        while (current < s.Length && KindAt(s, current, out width) == CharKind.Cjk)
        {
            tokens.Add(previous..current);
            tokens.Add(previous..(current + width));
            previous = current;
            current += width;
        }

        tokens.Add(previous..current);
        return current;
    }

    private static int WordRun(string s, int start, List<Range> tokens)
    {
        var end = start;
        var letters = false;
        var digits = false;
        while (end < s.Length && KindAt(s, end, out var width) == CharKind.Word)
        {
            if (IsDigit(s, end))
            {
                digits = true;
            }
            else
            {
                letters = true;
            }

            end += width;
        }

        tokens.Add(start..end);
        if (letters && digits)
        {
            // The letter and digit parts of "iphone15" as words of their own.
            var partStart = start;
            for (var j = start + 1; j <= end; j++)
            {
                if (j == end || IsDigit(s, j) != IsDigit(s, partStart))
                {
                    tokens.Add(partStart..j);
                    partStart = j;
                }
            }
        }

        return end;
    }

    private static bool IsDigit(string s, int index) => char.IsDigit(s[index]);

    private static CharKind KindAt(string s, int index, out int width)
    {
        if (Rune.TryGetRuneAt(s, index, out var rune))
        {
            width = rune.Utf16SequenceLength;
        }
        else
        {
            width = 1; // a lone surrogate separates
            return CharKind.Separator;
        }

        if (IsCjk(rune.Value))
        {
            return CharKind.Cjk;
        }

        return Rune.IsLetterOrDigit(rune) ? CharKind.Word : CharKind.Separator;
    }

    // Han ideographs (unified, extensions A–F, compatibility), kana and Hangul syllables: scripts written
    // without spaces, where a character pair is the useful unit.
    public static bool IsCjk(int c) =>
        c is >= 0x4E00 and <= 0x9FFF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x20000 and <= 0x2FA1F
            or >= 0xF900 and <= 0xFAFF
            or >= 0x3040 and <= 0x30FF
            or >= 0xAC00 and <= 0xD7AF
            or 0x3007;

    private enum CharKind
    {
        Separator,
        Cjk,
        Word,
    }
}
