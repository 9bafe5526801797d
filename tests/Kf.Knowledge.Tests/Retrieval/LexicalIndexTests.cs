using Kf.Knowledge.Retrieval;
using Kf.Knowledge.Tests.Support;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class LexicalIndexTests
{
    private static readonly string[] Texts =
    [
        "退货运费由买家承担，质量问题由商家承担。",
        "七天无理由退货：在订单详情页申请售后。",
        "会员积分可以抵扣现金，100积分抵1元。",
        "下单后24小时内发货，预售商品除外。",
        "退货退款的处理时间为三个工作日，退款原路返回。",
    ];

    [Fact]
    public void Should_rank_the_chunk_holding_the_rare_query_words_first_when_searching()
    {
        var index = new LexicalIndex([.. Texts.Select((t, i) => Chunks.Text(i, t))]);

        var hits = index.Search(index.Prepare("积分怎么抵扣"), 5);

        Assert.Equal(2, hits[0].Index);
        Assert.True(hits[0].Score > 0);
    }

    [Fact]
    public void Should_leave_out_chunks_that_share_no_token_with_the_query()
    {
        var index = new LexicalIndex([.. Texts.Select((t, i) => Chunks.Text(i, t))]);

        var hits = index.Search(index.Prepare("运费"), 5);

        Assert.Equal([0], hits.Select(h => h.Index));
        Assert.Empty(index.Search(index.Prepare("股价涨跌"), 5));
    }

    [Fact]
    public void Should_prefer_the_chunk_holding_the_term_more_often_when_it_is_also_shorter()
    {
        // Both hold 退款; chunk 4 holds it twice in a much shorter text, so BM25 ranks it first (chunks 0 and 1
        // follow on the character 退 alone).
        var index = new LexicalIndex([.. Texts.Select((t, i) => Chunks.Text(i, t)), Chunks.Text(5, "退款" + new string('。', 3) + string.Concat(Enumerable.Repeat("其他说明文字", 20)))]);

        var hits = index.Search(index.Prepare("退款"), 5);

        Assert.Equal([4, 5], hits.Take(2).Select(h => h.Index));
    }

    [Fact]
    public void Should_weigh_a_rare_term_above_a_common_one_when_each_chunk_has_one()
    {
        var index = new LexicalIndex(
        [
            Chunks.Text(0, "退货 须知"),
            Chunks.Text(1, "退货 地址"),
            Chunks.Text(2, "退货 时间"),
            Chunks.Text(3, "发票 抬头"),
        ]);

        var hits = index.Search(index.Prepare("退货 发票"), 5);

        Assert.Equal(3, hits[0].Index);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Should_rank_a_faq_by_its_question_above_a_document_that_only_mentions_the_words()
    {
        var index = new LexicalIndex(
        [
            Chunks.Text(0, "发货说明：现货商品多久发货视仓库而定，发货后可查物流。"),
            Chunks.Faq(1, "多久发货？", "付款后24小时内。"),
        ]);

        var hits = index.Search(index.Prepare("多久发货"), 5);

        Assert.Equal(1, hits[0].Index);
    }

    [Fact]
    public void Should_measure_coverage_by_the_faq_question_not_its_answer()
    {
        var index = new LexicalIndex([Chunks.Faq(0, "包邮吗？", "满99元包邮，否则运费8元。"), Chunks.Text(1, "运费说明")]);

        Assert.Equal(1.0, index.Coverage(index.Prepare("包邮吗"), 0), 6);
        Assert.Equal(0.0, index.Coverage(index.Prepare("运费"), 0), 6);
        Assert.Equal(1.0, index.Coverage(index.Prepare("运费"), 1), 6);
    }
}
