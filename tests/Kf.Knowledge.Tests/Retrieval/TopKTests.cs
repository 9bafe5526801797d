using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class TopKTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(5, 1000)]
    [InlineData(50, 40)]
    public void Should_keep_exactly_the_best_scores_in_order_when_given_a_stream(int k, int n)
    {
        var random = new Random(k * 7919 + n);
        // Rounded scores, so ties occur and their order (lower index first) is checked too.
        var scores = Enumerable.Range(0, n).Select(_ => MathF.Round(random.NextSingle() * 20) / 20).ToArray();
        var top = new TopK(k);
        for (var i = 0; i < n; i++)
        {
            top.Add(i, scores[i]);
        }

        var expected = scores.Select((s, i) => new ScoredIndex(i, s))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Index).Take(k).ToArray();
        Assert.Equal(expected, top.Drain());
    }
}
