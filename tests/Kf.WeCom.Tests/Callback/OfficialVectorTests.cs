using Kf.WeCom.Callback;
using Kf.WeCom.Crypto;
using static Kf.WeCom.Tests.Callback.OfficialVectors;

namespace Kf.WeCom.Tests.Callback;

public sealed class OfficialVectorTests
{
    [Fact]
    public void Should_return_echo_plaintext_when_set_A_url_is_verified()
    {
        var crypto = new WeComCallbackCrypto(SetA.Token, SetA.AesKey, SetA.ReceiveId);

        var plain = crypto.VerifyAndDecrypt(SetA.VerifySignature, SetA.VerifyTimestamp, SetA.VerifyNonce, SetA.EchoStr);

        Assert.Equal(SetA.EchoPlain, plain);
    }

    [Fact]
    public void Should_return_echo_plaintext_when_set_B_url_is_verified()
    {
        var crypto = new WeComCallbackCrypto(SetB.Token, SetB.AesKey, SetB.ReceiveId);

        var plain = crypto.VerifyAndDecrypt(SetB.VerifySignature, SetB.VerifyTimestamp, SetB.VerifyNonce, SetB.EchoStr);

        Assert.Equal(SetB.EchoPlain, plain);
    }

    [Fact]
    public void Should_decrypt_hello_when_set_A_post_is_decoded()
    {
        var decoder = new CallbackDecoder(new WeComCallbackCrypto(SetA.Token, SetA.AesKey, SetA.ReceiveId));
        var body = $"<xml><ToUserName><![CDATA[{SetA.ReceiveId}]]></ToUserName><Encrypt><![CDATA[{SetA.PostEncrypt}]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";

        var callback = decoder.DecodePost(SetA.PostSignature, SetA.PostTimestamp, SetA.PostNonce, body);

        Assert.Equal("hello", callback.Field("Content"));
        Assert.Equal("text", callback.MsgType);
        Assert.Null(callback.AsKfNotice());
    }

    [Fact]
    public void Should_decrypt_chinese_text_when_set_B_post_is_decoded()
    {
        var decoder = new CallbackDecoder(new WeComCallbackCrypto(SetB.Token, SetB.AesKey, SetB.ReceiveId));
        var body = $"<xml><ToUserName><![CDATA[{SetB.ReceiveId}]]></ToUserName><Encrypt><![CDATA[{SetB.PostEncrypt}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";

        var callback = decoder.DecodePost(SetB.PostSignature, SetB.PostTimestamp, SetB.PostNonce, body);

        Assert.Equal("你好", callback.Field("Content"));
        Assert.Equal(SetB.ReceiveId, callback.ToUserName);
    }

    [Fact]
    public void Should_match_official_signature_when_computed_for_set_A_post()
    {
        var signature = CallbackSignature.Compute(SetA.Token, SetA.PostTimestamp, SetA.PostNonce, SetA.PostEncrypt);

        Assert.Equal(SetA.PostSignature, signature);
    }

    [Fact]
    public void Should_use_pad_byte_30_when_set_A_post_is_decrypted_raw()
    {
        var key = WeComCallbackCrypto.DecodeKey(SetA.AesKey);
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(SetA.PostEncrypt), key[..16], System.Security.Cryptography.PaddingMode.None);

        // The vector exercises a pad above 16, which .NET's PKCS7 mode would reject.
        Assert.Equal(30, plain[^1]);
    }
}
