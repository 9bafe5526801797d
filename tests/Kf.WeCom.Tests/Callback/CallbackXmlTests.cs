using Kf.WeCom.Callback;
using Kf.WeCom.Crypto;

namespace Kf.WeCom.Tests.Callback;

public sealed class CallbackXmlTests
{
    private const string KfNoticeXml =
        "<xml><ToUserName><![CDATA[ww12345678910]]></ToUserName><CreateTime>1348831860</CreateTime>" +
        "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>" +
        "<Token><![CDATA[ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR]]></Token>" +
        "<OpenKfId><![CDATA[wkxxxxxxx]]></OpenKfId></xml>";

    [Fact]
    public void Should_type_kf_notice_when_event_is_kf_msg_or_event()
    {
        var notice = CallbackXml.ParseEvent(KfNoticeXml).AsKfNotice();

        Assert.NotNull(notice);
        Assert.Equal("wkxxxxxxx", notice.OpenKfId);
        Assert.Equal("ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR", notice.Token);
        Assert.Equal(1348831860, notice.CreateTime);
        Assert.Equal("ww12345678910", notice.ToUserName);
    }

    [Fact]
    public void Should_keep_fields_without_notice_when_event_has_no_token()
    {
        const string xml = "<xml><ToUserName>ww1</ToUserName><MsgType>event</MsgType><Event>kf_account_auth_change</Event>" +
                           "<AuthAddOpenKfId>wk1</AuthAddOpenKfId><AuthDelOpenKfId>wk2</AuthDelOpenKfId></xml>";

        var callback = CallbackXml.ParseEvent(xml);

        Assert.Null(callback.AsKfNotice());
        Assert.Equal("kf_account_auth_change", callback.Event);
        Assert.Equal("wk1", callback.Field("AuthAddOpenKfId"));
        Assert.Equal("wk2", callback.Field("AuthDelOpenKfId"));
    }

    [Fact]
    public void Should_return_no_notice_when_kf_msg_or_event_lacks_token()
    {
        var xml = KfNoticeXml.Replace("<Token><![CDATA[ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR]]></Token>", "");

        Assert.Null(CallbackXml.ParseEvent(xml).AsKfNotice());
    }

    [Fact]
    public void Should_flatten_nested_elements_when_event_has_children()
    {
        const string xml = "<xml><Event>x</Event><Outer><Inner>v</Inner></Outer><Empty/></xml>";

        var callback = CallbackXml.ParseEvent(xml);

        Assert.Equal("v", callback.Field("Outer/Inner"));
        Assert.True(callback.Fields.ContainsKey("Empty"));
    }

    [Fact]
    public void Should_reject_dtd_when_document_declares_entities()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>" +
                           "<xml><Encrypt>&lol2;</Encrypt></xml>";

        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope(xml));

        Assert.Equal(CallbackError.MalformedXml, ex.Error);
    }

    [Fact]
    public void Should_reject_external_entity_when_document_references_a_file()
    {
        const string xml = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&xxe;</Encrypt></xml>";

        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope(xml));

        Assert.Equal(CallbackError.MalformedXml, ex.Error);
    }

    [Fact]
    public void Should_reject_depth_when_nesting_exceeds_limit()
    {
        var xml = "<xml>" + string.Concat(Enumerable.Repeat("<a>", 20)) + string.Concat(Enumerable.Repeat("</a>", 20)) + "<Encrypt>x</Encrypt></xml>";

        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope(xml));

        Assert.Equal(CallbackError.MalformedXml, ex.Error);
    }

    [Fact]
    public void Should_reject_too_large_when_body_exceeds_limit()
    {
        var limits = new CallbackXmlLimits { MaxCharacters = 100 };
        var xml = "<xml><Encrypt>" + new string('A', 200) + "</Encrypt></xml>";

        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope(xml, limits));

        Assert.Equal(CallbackError.TooLarge, ex.Error);
    }

    [Fact]
    public void Should_reject_when_element_count_exceeds_limit()
    {
        var xml = "<xml>" + string.Concat(Enumerable.Repeat("<a/>", 300)) + "<Encrypt>x</Encrypt></xml>";

        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope(xml));

        Assert.Equal(CallbackError.MalformedXml, ex.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<xml><Encrypt>abc</xml>")]
    [InlineData("{\"json\": true}")]
    public void Should_reject_malformed_body(string body)
    {
        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope(body));

        Assert.Equal(CallbackError.MalformedXml, ex.Error);
    }

    [Fact]
    public void Should_reject_missing_field_when_envelope_has_no_encrypt()
    {
        var ex = Assert.Throws<CallbackException>(() => CallbackXml.ParseEnvelope("<xml><ToUserName>ww1</ToUserName></xml>"));

        Assert.Equal(CallbackError.MissingField, ex.Error);
    }

    [Fact]
    public void Should_decode_notice_when_post_built_like_wecom_pushes_it()
    {
        var crypto = new WeComCallbackCrypto("token", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", "ww12345678910");
        var signed = crypto.EncryptAndSign(KfNoticeXml, "1700000000", "abc");
        var body = $"<xml><ToUserName><![CDATA[ww12345678910]]></ToUserName><Encrypt><![CDATA[{signed.Encrypt}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";

        var callback = new CallbackDecoder(crypto).DecodePost(signed.Signature, signed.Timestamp, signed.Nonce, body);

        Assert.Equal("wkxxxxxxx", callback.AsKfNotice()?.OpenKfId);
    }
}
