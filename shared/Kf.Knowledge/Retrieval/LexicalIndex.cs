using System.Buffers;
using System.Text;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Retrieval;

/// <summary>
/// BM25 over <see cref="Tokenizer"/> tokens of each chunk's text, as an inverted index in flat arrays
/// (postings of one term are a slice; each posting holds its precomputed BM25 term weight, so a query only
/// multiplies by idf and adds). A FAQ chunk also counts its question <see cref="QuestionBoost"/> more
/// times: customers ask questions, and the question says what the pair is about better than the answer.
/// </summary>
internal sealed partial class LexicalIndex
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const float K1 = 1.2f;

    /// <summary>BM25 length normalization.</summary>
    public const float B = 0.75f;

    /// <summary>Extra times a FAQ question's tokens are counted (measured by the evaluation harness).</summary>
    public const int QuestionBoost = 1;

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _termStart; // postings of term t: [_termStart[t], _termStart[t + 1])
    private readonly int[] _postingChunk;
    private readonly float[] _postingWeight;
    private readonly float[] _idf;
    private readonly float _unknownIdf;
    private readonly Dictionary<int, int> _characterDocuments = []; // CJK character → chunks holding it
    private readonly int[] _coverageStart; // sorted distinct term ids of chunk c's coverage field
    private readonly int[] _coverageTerms;
    private readonly LexicalQuery?[] _questions; // a FAQ chunk's question, prepared like a query; null for other chunks

    public LexicalIndex(IReadOnlyList<KnowledgeChunk> chunks, int questionBoost = QuestionBoost)
    {
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = chunks.Count;
        var forward = new ForwardIndex(chunks.Count);
        var ranges = new List<Range>();
        var counts = new Dictionary<int, float>();
        var questionTerms = new SortedSet<int>();
        var characters = new HashSet<int>();
        for (var c = 0; c < chunks.Count; c++)
        {
            counts.Clear();
            questionTerms.Clear();
            CountCharacters(AddTokens(chunks[c].Text, 1, counts, ranges, null), characters);
            if (chunks[c].IsFaq)
            {
                AddTokens(chunks[c].Question!, questionBoost, counts, ranges, questionTerms);
            }

            forward.Add(counts, chunks[c].IsFaq ? questionTerms : null);
        }

        (_termStart, _postingChunk, _postingWeight, _idf) = forward.Invert(_vocabulary.Count, K1, B);
        (_coverageStart, _coverageTerms) = forward.Coverage();
        _unknownIdf = Idf(0, chunks.Count);
        _questions = [.. chunks.Select(c => c.IsFaq ? Prepare(c.Question!) : null)];
    }

    /// <summary>Chunks indexed.</summary>
    public int Count { get; }

    /// <summary>
    /// The query's distinct tokens with their idf (a token no chunk holds gets the highest idf), and the
    /// weight of each of its characters for <see cref="Coverage"/>: a CJK character weighs its own idf as
    /// a character; a word's characters share the word's idf.
    /// </summary>
    public LexicalQuery Prepare(string query)
    {
        var normalized = Tokenizer.Normalize(query);
        var ranges = new List<Range>();
        Tokenizer.Tokenize(normalized, ranges);
        var terms = new List<int>(ranges.Count);
        var weights = new List<float>(ranges.Count);
        var tokenTerms = new int[ranges.Count];
        var positionWeights = new float[normalized.Length];
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < ranges.Count; t++)
        {
            var span = normalized.AsSpan(ranges[t]);
            var known = _lookup.TryGetValue(span, out var term);
            tokenTerms[t] = known ? term : -1;
            var idf = known ? _idf[term] : _unknownIdf;
            if (known ? !terms.Contains(term) : unknown.Add(span.ToString()))
            {
                terms.Add(tokenTerms[t]);
                weights.Add(idf);
            }

            WeighPositions(normalized, ranges[t], idf, positionWeights);
        }

        return new LexicalQuery([.. terms], [.. weights], [.. ranges], tokenTerms, positionWeights);
    }

    /// <summary>The best <paramref name="top"/> chunks by BM25; chunks sharing no token are left out.</summary>
    public ScoredIndex[] Search(LexicalQuery query, int top)
    {
        var scores = ArrayPool<float>.Shared.Rent(Count);
        var touched = ArrayPool<int>.Shared.Rent(Count);
        try
        {
            Array.Clear(scores, 0, Count);
            var touchedCount = 0;
            for (var q = 0; q < query.Terms.Length; q++)
            {
                var term = query.Terms[q];
                if (term < 0)
                {
                    continue;
                }

                var idf = query.Idf[q];
                for (var p = _termStart[term]; p < _termStart[term + 1]; p++)
                {
                    var chunk = _postingChunk[p];
                    if (scores[chunk] == 0)
                    {
                        touched[touchedCount++] = chunk;
                    }

                    scores[chunk] += idf * _postingWeight[p];
                }
            }

            var best = new TopK(top);
            for (var i = 0; i < touchedCount; i++)
            {
                best.Add(touched[i], scores[touched[i]]);
            }

            return best.Drain();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    /// <summary>BM25's idf, never negative.</summary>
    internal static float Idf(int documentFrequency, int documents) =>
        MathF.Log(1 + ((documents - documentFrequency + 0.5f) / (documentFrequency + 0.5f)));

    // A CJK token's characters weigh their character idf; a word's characters share its idf, set by the
    // whole word (emitted first) and not again by its letter and digit parts.
    private void WeighPositions(string normalized, Range token, float idf, float[] weights)
    {
        var (start, length) = token.GetOffsetAndLength(normalized.Length);
        if (Rune.TryGetRuneAt(normalized, start, out var first) && Tokenizer.IsCjk(first.Value))
        {
            for (var i = start; i < start + length; i++)
            {
                if (Rune.TryGetRuneAt(normalized, i, out var rune))
                {
                    weights[i] = _characterDocuments.TryGetValue(rune.Value, out var df) ? Idf(df, Count) : _unknownIdf;
                }
            }
        }
        else if (weights[start] == 0)
        {
            weights.AsSpan(start, length).Fill(idf / length);
        }
    }

    private void CountCharacters(string normalized, HashSet<int> seen)
    {
        seen.Clear();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Tokenizer.IsCjk(rune.Value) && seen.Add(rune.Value))
            {
                _characterDocuments[rune.Value] = _characterDocuments.GetValueOrDefault(rune.Value) + 1;
            }
        }
    }

    // Returns the normalized text.
    private string AddTokens(string text, int weight, Dictionary<int, float> counts, List<Range> ranges, SortedSet<int>? seen)
    {
        var normalized = Tokenizer.Normalize(text);
        ranges.Clear();
        Tokenizer.Tokenize(normalized, ranges);
        foreach (var range in ranges)
        {
            var span = normalized.AsSpan(range);
            if (!_lookup.TryGetValue(span, out var term))
            {
                term = _vocabulary.Count;
                _lookup[span] = term;
            }

            if (weight > 0)
            {
                counts[term] = counts.GetValueOrDefault(term) + weight;
            }

            seen?.Add(term);
        }

        return normalized;
    }
}
