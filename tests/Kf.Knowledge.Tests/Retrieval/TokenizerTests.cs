using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class TokenizerTests
{
    [Fact]
    public void Should_split_a_chinese_run_into_its_characters_and_overlapping_bigrams_when_it_has_several()
    {
        Assert.Equal(["退", "退货", "货", "货运", "运", "运费", "费"], Tokenizer.Tokens("退货运费"));
    }

    [Fact]
    public void Should_keep_a_single_chinese_character_as_a_unigram_when_it_stands_alone()
    {
        Assert.Equal(["在", "吗"], Tokenizer.Tokens("在？ 吗"));
    }

    [Fact]
    public void Should_not_pair_characters_across_punctuation_or_whitespace()
    {
        Assert.Equal(["退", "退货", "货", "运", "运费", "费", "多", "多少", "少"], Tokenizer.Tokens("退货，运费 多少"));
    }

    [Fact]
    public void Should_keep_ascii_words_and_numbers_whole_and_lower_cased_when_mixed_with_chinese()
    {
        Assert.Equal(["vip", "会", "会员", "员", "员送", "送", "200", "积", "积分", "分"], Tokenizer.Tokens("VIP会员送200积分"));
    }

    [Fact]
    public void Should_also_give_the_letter_and_digit_parts_when_a_word_mixes_them()
    {
        Assert.Equal(["iphone15", "iphone", "15", "pro"], Tokenizer.Tokens("iPhone15 Pro"));
    }

    [Fact]
    public void Should_read_full_width_letters_and_digits_as_ascii()
    {
        Assert.Equal(Tokenizer.Tokens("vip 15"), Tokenizer.Tokens("ＶＩＰ　１５"));
        Assert.Equal(["vip", "15"], Tokenizer.Tokens("ＶＩＰ　１５"));
    }

    [Fact]
    public void Should_give_no_tokens_when_the_text_is_only_punctuation_and_space()
    {
        Assert.Empty(Tokenizer.Tokens(" ？！，。…  \t\n"));
    }

    [Fact]
    public void Should_treat_a_character_outside_the_basic_plane_as_one_character()
    {
        // 𠮷 (U+20BB7) is two UTF-16 units: a bigram must hold both halves whole.
        Assert.Equal(["𠮷", "𠮷野", "野", "野家", "家"], Tokenizer.Tokens("𠮷野家"));
    }
}
