using Kf.Testing.Models;

namespace Kf.Knowledge.Tests;

// The test stand-in for an embedding model must be deterministic and behave like one where it matters.
public sealed class HashingEmbedderTests
{
    [Fact]
    public void Should_give_the_same_unit_vector_when_the_text_is_the_same()
    {
        var a = HashingEmbedder.Embed("七天无理由退货怎么申请");
        var b = HashingEmbedder.Embed("七天无理由退货怎么申请");

        Assert.Equal(a, b);
        Assert.Equal(1.0, Math.Sqrt(a.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Should_place_texts_that_share_wording_closer_than_unrelated_ones()
    {
        var question = HashingEmbedder.Embed("退货运费谁承担");
        var related = HashingEmbedder.Embed("退货的运费由谁来承担？");
        var unrelated = HashingEmbedder.Embed("会员积分可以兑换优惠券吗");

        Assert.True(Dot(question, related) > Dot(question, unrelated) + 0.2);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
