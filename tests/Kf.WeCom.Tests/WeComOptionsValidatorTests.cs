namespace Kf.WeCom.Tests;

public sealed class WeComOptionsValidatorTests
{
    private const string ValidAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    [Fact]
    public void Should_pass_when_the_defaults_and_a_valid_aes_key_are_used()
    {
        var result = new WeComOptionsValidator().Validate(null, new WeComOptions { EncodingAesKey = ValidAesKey });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://qyapi.weixin.qq.com")]
    public void Should_name_the_key_when_the_base_url_is_not_absolute_http(string url)
    {
        var result = new WeComOptionsValidator().Validate(null, new WeComOptions { ApiBaseUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("WeCom:ApiBaseUrl must be an absolute http(s) URI", result.FailureMessage);
    }

    [Fact]
    public void Should_name_the_key_without_its_value_when_the_aes_key_has_the_wrong_length()
    {
        var key = ValidAesKey[..42];

        var result = new WeComOptionsValidator().Validate(null, new WeComOptions { EncodingAesKey = key });

        Assert.Contains("WeCom:EncodingAesKey must be 43 characters (got 42)", result.FailureMessage);
        Assert.DoesNotContain(key, result.FailureMessage);
    }

    [Fact]
    public void Should_fail_when_the_aes_key_is_not_base64()
    {
        var result = new WeComOptionsValidator().Validate(null, new WeComOptions { EncodingAesKey = "!" + ValidAesKey[1..] });

        Assert.Contains("WeCom:EncodingAesKey must be base64", result.FailureMessage);
    }

    [Fact]
    public void Should_fail_when_a_timeout_is_not_positive()
    {
        var options = new WeComOptions { ApiTimeout = TimeSpan.Zero, TokenRefreshAhead = TimeSpan.FromSeconds(-1) };

        var result = new WeComOptionsValidator().Validate(null, options);

        Assert.Contains("WeCom:ApiTimeout must be positive", result.FailureMessage);
        Assert.Contains("WeCom:TokenRefreshAhead must be positive", result.FailureMessage);
    }

    [Fact]
    public void Should_require_corp_id_and_secret_only_with_the_credentials_validator()
    {
        var options = new WeComOptions();

        Assert.True(new WeComOptionsValidator().Validate(null, options).Succeeded);
        var result = new WeComCredentialsValidator().Validate(null, options);
        Assert.Contains("WeCom:CorpId is required.", result.FailureMessage);
        Assert.Contains("WeCom:Secret is required.", result.FailureMessage);
    }
}
