using System.Runtime.InteropServices;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// The chunk → terms lists gathered while <see cref="LexicalIndex"/> is built, turned into its flat
/// term → chunks postings (BM25 weights precomputed) and its per-chunk coverage lists.
/// </summary>
internal sealed class ForwardIndex(int chunks)
{
    private readonly List<int> _start = new(chunks + 1) { 0 };
    private readonly List<int> _terms = [];
    private readonly List<float> _frequencies = [];
    private readonly List<float> _lengths = new(chunks);
    private readonly List<int> _coverageStart = new(chunks + 1) { 0 };
    private readonly List<int> _coverage = [];

    /// <summary>One chunk's term frequencies, and its coverage terms when not all of them (a FAQ question's).</summary>
    public void Add(Dictionary<int, float> counts, IEnumerable<int>? coverage)
    {
        var first = _terms.Count;
        float length = 0;
        foreach (var (term, frequency) in counts)
        {
            _terms.Add(term);
            _frequencies.Add(frequency);
            length += frequency;
        }

        // Sorted by term: coverage binary-searches them.
        CollectionsMarshal.AsSpan(_terms)[first..].Sort(CollectionsMarshal.AsSpan(_frequencies)[first..]);

        _start.Add(_terms.Count);
        _lengths.Add(length);
        if (coverage is null)
        {
            for (var i = first; i < _terms.Count; i++)
            {
                _coverage.Add(_terms[i]);
            }
        }
        else
        {
            _coverage.AddRange(coverage); // sorted: a SortedSet
        }

        _coverageStart.Add(_coverage.Count);
    }

    /// <summary>Postings by term (a counting sort of the forward lists) with each posting's BM25 weight, and idf by term.</summary>
    public (int[] TermStart, int[] PostingChunk, float[] PostingWeight, float[] Idf) Invert(int vocabulary, float k1, float b)
    {
        var chunkCount = _lengths.Count;
        var termStart = new int[vocabulary + 1];
        foreach (var term in _terms)
        {
            termStart[term + 1]++;
        }

        var idf = new float[vocabulary];
        for (var t = 0; t < vocabulary; t++)
        {
            idf[t] = LexicalIndex.Idf(termStart[t + 1], chunkCount);
            termStart[t + 1] += termStart[t];
        }

        var averageLength = chunkCount == 0 ? 1 : Math.Max(_lengths.Sum() / chunkCount, 1);
        var next = termStart[..^1];
        var postingChunk = new int[_terms.Count];
        var postingWeight = new float[_terms.Count];
        for (var c = 0; c < chunkCount; c++)
        {
            var norm = k1 * (1 - b + (b * _lengths[c] / averageLength));
            for (var i = _start[c]; i < _start[c + 1]; i++)
            {
                var slot = next[_terms[i]]++;
                var frequency = _frequencies[i];
                postingChunk[slot] = c;
                postingWeight[slot] = frequency * (k1 + 1) / (frequency + norm);
            }
        }

        return (termStart, postingChunk, postingWeight, idf);
    }

    /// <summary>Each chunk's sorted distinct coverage terms, flat.</summary>
    public (int[] Start, int[] Terms) Coverage() => ([.. _coverageStart], [.. _coverage]);
}
