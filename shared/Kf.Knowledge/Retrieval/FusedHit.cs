namespace Kf.Knowledge.Retrieval;

/// <summary>A chunk (snapshot index) after <see cref="RankFusion"/>: its fused score and where each list put it.</summary>
internal readonly record struct FusedHit(int Index, double Score, int? LexicalRank, int? VectorRank, float? Bm25, float? Cosine)
{
    /// <summary>Its better rank of the two lists.</summary>
    public int BestRank => Math.Min(LexicalRank ?? int.MaxValue, VectorRank ?? int.MaxValue);
}
