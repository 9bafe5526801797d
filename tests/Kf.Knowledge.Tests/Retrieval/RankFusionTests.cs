using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class RankFusionTests
{
    [Fact]
    public void Should_put_a_chunk_both_lists_rank_well_above_one_that_only_one_list_ranks_first()
    {
        ScoredIndex[] lexical = [new(7, 9f), new(3, 8f), new(5, 1f)];
        ScoredIndex[] vector = [new(4, 0.9f), new(3, 0.8f)];

        var fused = RankFusion.Fuse(lexical, vector);

        // 3: 1/62 + 1/62; 7: 1/61; 4: 1/61 (tie with 7 on score and rank: lower index first); 5: 1/63.
        Assert.Equal([3, 4, 7, 5], fused.Select(f => f.Index));
        Assert.Equal((1.0 / 62) + (1.0 / 62), fused[0].Score, 12);
        Assert.Equal((2, 2), (fused[0].LexicalRank!.Value, fused[0].VectorRank!.Value));
        Assert.Equal((8f, 0.8f), (fused[0].Bm25!.Value, fused[0].Cosine!.Value));
        Assert.Null(fused[1].LexicalRank);
        Assert.Null(fused[2].VectorRank);
    }

    [Fact]
    public void Should_keep_the_order_of_a_single_list_when_the_other_is_empty()
    {
        ScoredIndex[] lexical = [new(2, 5f), new(0, 4f), new(1, 3f)];

        Assert.Equal([2, 0, 1], RankFusion.Fuse(lexical, []).Select(f => f.Index));
        Assert.Equal([2, 0, 1], RankFusion.Fuse([], lexical).Select(f => f.Index));
    }
}
