namespace Kf.Knowledge.Retrieval;

/// <summary>A query prepared against one <see cref="LexicalIndex"/>.</summary>
internal sealed class LexicalQuery(int[] terms, float[] idf, Range[] tokenRanges, int[] tokenTerms, float[] positionWeights)
{
    /// <summary>Distinct term ids (-1: a token no chunk holds), for BM25.</summary>
    public int[] Terms { get; } = terms;

    /// <summary>The idf of each of <see cref="Terms"/>.</summary>
    public float[] Idf { get; } = idf;

    /// <summary>Every token occurrence, as a range of the normalized query.</summary>
    public Range[] TokenRanges { get; } = tokenRanges;

    /// <summary>The term id of each occurrence (-1: unknown).</summary>
    public int[] TokenTerms { get; } = tokenTerms;

    /// <summary>Each character's weight in coverage (0 for separators).</summary>
    public float[] PositionWeights { get; } = positionWeights;

    /// <summary>The denominator of coverage.</summary>
    public double TotalWeight { get; } = positionWeights.Sum(w => (double)w);

    /// <summary>The known distinct term ids, ascending: what a FAQ question's coverage by the query binary-searches.</summary>
    public int[] SortedTerms { get; } = [.. terms.Where(t => t >= 0).Order()];
}
