using System.Globalization;
using System.Text;

namespace Kf.WeCom.Text;

/// <summary>
/// The grapheme clusters (text elements, UAX #29 as implemented by .NET) of a string and the UTF-8
/// size of every prefix that ends on one. Boundary k is the start of element k; boundary
/// <see cref="Count"/> is the end of the text.
/// </summary>
internal sealed class GraphemeMap
{
    private readonly int[] _starts;
    private readonly long[] _bytesBefore;

    public GraphemeMap(string text)
    {
        Text = text;
        var starts = StringInfo.ParseCombiningCharacters(text);
        _starts = new int[starts.Length + 1];
        starts.CopyTo(_starts, 0);
        _starts[^1] = text.Length;
        _bytesBefore = new long[_starts.Length];
        for (var k = 0; k < starts.Length; k++)
        {
            // A lone surrogate counts as the 3 bytes of the U+FFFD it would be encoded as.
            _bytesBefore[k + 1] = _bytesBefore[k] + Encoding.UTF8.GetByteCount(Element(k));
        }
    }

    public string Text { get; }

    /// <summary>Number of grapheme clusters.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>UTF-8 bytes before boundary <paramref name="k"/>.</summary>
    public long BytesBefore(int k) => _bytesBefore[k];

    public ReadOnlySpan<char> Element(int k) => Text.AsSpan(_starts[k], _starts[k + 1] - _starts[k]);

    public string Slice(int fromBoundary, int toBoundary) =>
        Text.Substring(_starts[fromBoundary], _starts[toBoundary] - _starts[fromBoundary]);

    /// <summary>The last boundary after <paramref name="from"/> whose part from there fits in <paramref name="maxBytes"/>; <paramref name="from"/> if none.</summary>
    public int LastFit(int from, int maxBytes)
    {
        var index = Array.BinarySearch(_bytesBefore, from, _bytesBefore.Length - from, _bytesBefore[from] + maxBytes);
        return index >= 0 ? index : ~index - 1;
    }
}
