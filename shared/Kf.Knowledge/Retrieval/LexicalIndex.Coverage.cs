namespace Kf.Knowledge.Retrieval;

// How much of a query a chunk explains, and the other way round: the confidences built on the index's terms.
internal sealed partial class LexicalIndex
{
    /// <summary>
    /// The idf-weighted share of the query's characters that lie in a token the chunk's coverage field (a
    /// FAQ chunk's question, otherwise its text) also holds, in 0..1. Characters, not tokens, are counted:
    /// the bigrams spanning two words ("退货的运费" → "货的", "的运") rarely occur anywhere and would dilute
    /// every paraphrase; a character's weight is its idf, so "的" or "吗" barely count and a word the
    /// knowledge never mentions (天气, 股价) weighs most and keeps off-topic questions low.
    /// </summary>
    public double Coverage(LexicalQuery query, int chunk) =>
        CoveredShare(query, _coverageTerms.AsSpan(_coverageStart[chunk], _coverageStart[chunk + 1] - _coverageStart[chunk]));

    /// <summary>
    /// How well a FAQ chunk's question and the query match both ways: the Dice (harmonic mean) of
    /// <see cref="Coverage"/> (how much of the query the question explains) and the same share the other way
    /// round (how much of the question the query asks about), in 0..1; for other chunks just
    /// <see cref="Coverage"/>. Coverage alone rewards a long question that happens to contain a short query's
    /// few characters ("运费" inside both "退货运费谁出" and "换货运费谁出"); the reverse share is what tells
    /// them apart. On the evaluation set it, not coverage, separates the right FAQ from the runner-up.
    /// </summary>
    public double Match(LexicalQuery query, int chunk)
    {
        var coverage = Coverage(query, chunk);
        if (_questions[chunk] is not { } question)
        {
            return coverage;
        }

        var reverse = CoveredShare(question, query.SortedTerms);
        return coverage + reverse <= 0 ? 0 : 2 * coverage * reverse / (coverage + reverse);
    }

    // The idf-weighted share of text's characters that lie in a token whose term is in sortedTerms.
    private static double CoveredShare(LexicalQuery text, ReadOnlySpan<int> sortedTerms)
    {
        if (text.TotalWeight <= 0)
        {
            return 0;
        }

        var length = text.PositionWeights.Length;
        Span<bool> covered = length <= 512 ? stackalloc bool[length] : new bool[length];
        covered.Clear();
        for (var t = 0; t < text.TokenTerms.Length; t++)
        {
            if (text.TokenTerms[t] >= 0 && sortedTerms.BinarySearch(text.TokenTerms[t]) >= 0)
            {
                covered[text.TokenRanges[t]].Fill(true);
            }
        }

        double sum = 0;
        for (var i = 0; i < length; i++)
        {
            sum += covered[i] ? text.PositionWeights[i] : 0;
        }

        return Math.Clamp(sum / text.TotalWeight, 0, 1);
    }
}
