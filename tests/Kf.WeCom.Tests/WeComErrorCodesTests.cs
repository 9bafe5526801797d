namespace Kf.WeCom.Tests;

public sealed class WeComErrorCodesTests
{
    [Theory]
    [InlineData(40014)]
    [InlineData(42001)]
    [InlineData(40001)]
    public void Should_drop_the_token_when_errcode_rejects_it(int errCode)
    {
        Assert.True(WeComErrorCodes.IsAccessTokenRejected(errCode));
    }

    [Theory]
    [InlineData(95001)]
    [InlineData(95018)]
    [InlineData(45009)]
    [InlineData(-1)]
    [InlineData(0)]
    public void Should_keep_the_token_when_errcode_is_not_about_it(int errCode)
    {
        Assert.False(WeComErrorCodes.IsAccessTokenRejected(errCode));
    }

    [Theory]
    [InlineData(60020)]
    [InlineData(48002)]
    [InlineData(95017)]
    [InlineData(40001)]
    public void Should_need_an_operator_when_errcode_is_configuration(int errCode)
    {
        Assert.True(WeComErrorCodes.NeedsOperator(errCode));
    }

    [Theory]
    [InlineData(95001)]
    [InlineData(45009)]
    [InlineData(42001)]
    public void Should_not_need_an_operator_when_errcode_is_transient(int errCode)
    {
        Assert.False(WeComErrorCodes.NeedsOperator(errCode));
    }
}
