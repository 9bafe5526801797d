using Kf.Knowledge.Retrieval;
using Kf.Knowledge.Tests.Support;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class VectorIndexTests
{
    [Theory]
    [InlineData(1, 64)]
    [InlineData(10, 256)]
    [InlineData(50, 1536)]
    public void Should_return_the_same_top_k_as_a_naive_loop_when_searching(int k, int dimensions)
    {
        var random = new Random(dimensions + k);
        var vectors = Enumerable.Range(0, 300).Select(_ => RandomUnit(random, dimensions)).ToArray();
        var chunks = vectors.Select((v, i) => Chunks.Text(i, $"chunk {i}", _ => v, "m")).ToList();
        var query = RandomUnit(random, dimensions);

        var hits = new VectorIndex(chunks, "m").Search(query, k);

        var naive = vectors.Select((v, i) => (Index: i, Cosine: v.Zip(query, (a, b) => (double)a * b).Sum()))
            .OrderByDescending(x => x.Cosine).Take(k).ToList();
        Assert.Equal(naive.Select(n => n.Index), hits.Select(h => h.Index));
        Assert.All(hits.Zip(naive), pair => Assert.Equal(pair.Second.Cosine, pair.First.Score, 4));
    }

    [Fact]
    public void Should_leave_out_chunks_embedded_by_another_model_or_without_a_vector()
    {
        var v = RandomUnit(new Random(1), 8);
        var index = new VectorIndex(
        [
            Chunks.Text(0, "a", _ => v, "current"),
            Chunks.Text(1, "b", _ => v, "old-model"),
            Chunks.Text(2, "c"),
            Chunks.Text(3, "d", _ => RandomUnit(new Random(2), 4), "current"),
        ], "current");

        Assert.Equal(1, index.Rows);
        Assert.Equal([0], index.Search(v, 10).Select(h => h.Index));
        Assert.Null(index.Cosine(v, 1));
        Assert.Equal(1.0f, index.Cosine(v, 0)!.Value, 5);
    }

    [Fact]
    public void Should_hold_no_rows_when_there_is_no_embedding_model()
    {
        var v = RandomUnit(new Random(1), 8);

        var index = new VectorIndex([Chunks.Text(0, "a", _ => v, "m")], null);

        Assert.Equal(0, index.Rows);
        Assert.Empty(index.Search(v, 5));
    }

    private static float[] RandomUnit(Random random, int dimensions)
    {
        var v = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }
}
