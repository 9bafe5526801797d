using System.Text;
using Kf.WeCom.Crypto;
using Kf.WeCom.Tests.Callback;

namespace Kf.Ingress.Tests.Support;

// Requests as WeChat sends them: the query signed over the Encrypt element, the envelope as body.
public static class WeChatRequests
{
    public const string Path = "/wecom/callback";

    public static string KfNotice(string openKfId, string syncToken) =>
        $"<xml><ToUserName><![CDATA[{VectorB.CorpId}]]></ToUserName><CreateTime>1700000000</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>"
        + $"<Token><![CDATA[{syncToken}]]></Token><OpenKfId><![CDATA[{openKfId}]]></OpenKfId></xml>";

    public static string AuthChange(string openKfId) =>
        $"<xml><ToUserName><![CDATA[{VectorB.CorpId}]]></ToUserName><CreateTime>1700000000</CreateTime>"
        + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_account_auth_change]]></Event>"
        + $"<AuthAddOpenKfId><![CDATA[{openKfId}]]></AuthAddOpenKfId></xml>";

    public static string Envelope(string encrypt) =>
        $"<xml><ToUserName><![CDATA[{VectorB.CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";

    public static HttpRequestMessage Post(string plaintext, string receiveId = VectorB.CorpId, string token = OfficialVectors.SetB.Token)
    {
        var crypto = new WeComCallbackCrypto(token, OfficialVectors.SetB.AesKey, receiveId);
        var signed = crypto.EncryptAndSign(plaintext, "1700000000", Guid.NewGuid().ToString("N")[..10]);
        return Post(Envelope(signed.Encrypt), signed.Signature, signed.Timestamp, signed.Nonce);
    }

    public static HttpRequestMessage Post(string body, string signature, string timestamp, string nonce) =>
        new(HttpMethod.Post, Query(signature, timestamp, nonce))
        {
            Content = new StringContent(body, Encoding.UTF8, "text/xml"),
        };

    public static string Query(string signature, string timestamp, string nonce, string? echoStr = null) =>
        $"{Path}?msg_signature={signature}&timestamp={timestamp}&nonce={nonce}"
        + (echoStr is null ? "" : $"&echostr={Uri.EscapeDataString(echoStr)}");
}
