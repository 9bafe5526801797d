using Kf.Knowledge.Retrieval;
using Kf.Knowledge.Tests.Support;
using Kf.Testing.Models;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class ConfidenceTests
{
    private static readonly string Model = new HashingEmbeddingClient().Model;

    private static readonly IndexSnapshot Snapshot = new(1,
    [
        Chunks.Faq(0, "退货运费由谁承担？", "非质量问题由买家承担。", Chunks.Hashing, Model),
        Chunks.Faq(1, "多久可以发货？", "付款后24小时内发货。", Chunks.Hashing, Model),
        Chunks.Text(2, "会员积分可以抵扣现金，100积分抵1元。", Chunks.Hashing, Model),
    ], Model);

    [Theory]
    [InlineData("退货运费由谁承担？")]
    [InlineData("运费")]
    [InlineData("今天天气怎么样")]
    [InlineData("积分")]
    [InlineData("iPhone 15 Pro Max 256G")]
    [InlineData("？？？")]
    public void Should_stay_between_zero_and_one_whatever_the_query(string query)
    {
        foreach (var vector in new[] { null, HashingEmbedder.Embed(query), HashingEmbedder.Embed(query).Select(x => -x).ToArray() })
        {
            Assert.All(Snapshot.Search(query, vector, 3), hit => Assert.InRange(hit.Confidence, 0.0, 1.0));
        }
    }

    [Fact]
    public void Should_be_full_when_the_query_is_the_faq_question_itself()
    {
        var hit = Snapshot.Search("退货运费由谁承担", null, 1).Single();

        Assert.Equal(0, hit.Chunk.Id);
        Assert.Equal(1.0, hit.Confidence, 6);
    }

    [Fact]
    public void Should_be_low_when_the_query_only_shares_a_common_word()
    {
        var hits = Snapshot.Search("怎么可以去北京旅游", HashingEmbedder.Embed("怎么可以去北京旅游"), 3);

        Assert.All(hits, hit => Assert.True(hit.Confidence < 0.35, $"{hit.Chunk.Text}: {hit.Confidence}"));
    }

    [Fact]
    public void Should_take_the_larger_of_coverage_and_cosine_and_ignore_a_negative_cosine()
    {
        Assert.Equal(0.7, IndexSnapshot.Confidence(0.4, 0.7f), 6);
        Assert.Equal(0.4, IndexSnapshot.Confidence(0.4, 0.2f), 6);
        Assert.Equal(0.0, IndexSnapshot.Confidence(0.0, -0.3f), 6);
        Assert.Equal(1.0, IndexSnapshot.Confidence(0.2, 1.0000002f), 6);
        Assert.Equal(0.25, IndexSnapshot.Confidence(0.25, null), 6);
    }
}
