using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests;

public sealed class QuestionKeyTests
{
    [Theory]
    [InlineData("运费多少？", "运费 多少")]
    [InlineData("ＶＩＰ会员怎么开通?", "vip会员怎么开通")]
    [InlineData("How much is shipping?", "how much is  SHIPPING")]
    public void Should_group_questions_that_differ_only_in_width_case_spacing_and_punctuation(string a, string b)
    {
        Assert.Equal(QuestionKey.Of(a), QuestionKey.Of(b));
        Assert.NotEmpty(QuestionKey.Of(a));
    }

    [Fact]
    public void Should_keep_questions_apart_when_their_words_differ()
    {
        Assert.NotEqual(QuestionKey.Of("运费多少"), QuestionKey.Of("退货多少"));
    }

    [Fact]
    public void Should_bound_the_key_when_the_question_is_long()
    {
        Assert.Equal(QuestionKey.MaxLength, QuestionKey.Of(new string('问', 5000)).Length);
    }
}
