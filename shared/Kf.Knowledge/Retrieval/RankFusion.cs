namespace Kf.Knowledge.Retrieval;

/// <summary>
/// Reciprocal rank fusion: a chunk scores Σ 1 / (<see cref="K"/> + rank) over the lists it appears in.
/// Ranks, not raw scores, are combined because BM25 and cosine live on unrelated scales; k = 60 (Cormack
/// et al.) keeps one list's first place from drowning a chunk both lists rank well.
/// </summary>
internal static class RankFusion
{
    /// <summary>The RRF constant.</summary>
    public const int K = 60;

    /// <summary>The union of both lists, best fused score first (ties: the better single rank, then the lower index).</summary>
    public static List<FusedHit> Fuse(ScoredIndex[] lexical, ScoredIndex[] vector)
    {
        var hits = new List<FusedHit>(lexical.Length + vector.Length);
        var position = new Dictionary<int, int>(lexical.Length + vector.Length);
        for (var r = 0; r < lexical.Length; r++)
        {
            position[lexical[r].Index] = hits.Count;
            hits.Add(new FusedHit(lexical[r].Index, Reciprocal(r + 1), r + 1, null, lexical[r].Score, null));
        }

        for (var r = 0; r < vector.Length; r++)
        {
            var (index, cosine) = vector[r];
            if (position.TryGetValue(index, out var at))
            {
                hits[at] = hits[at] with { Score = hits[at].Score + Reciprocal(r + 1), VectorRank = r + 1, Cosine = cosine };
            }
            else
            {
                hits.Add(new FusedHit(index, Reciprocal(r + 1), null, r + 1, null, cosine));
            }
        }

        hits.Sort(static (a, b) =>
            b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore
            : a.BestRank.CompareTo(b.BestRank) is var byRank and not 0 ? byRank
            : a.Index.CompareTo(b.Index));
        return hits;
    }

    private static double Reciprocal(int rank) => 1.0 / (K + rank);
}
