using System.Globalization;
using System.Security;
using Kf.Simulator.Options;
using Kf.WeCom.Crypto;

namespace Kf.Simulator.Callbacks;

/// <summary>
/// Builds the push exactly as WeCom does (WECOM_PROTOCOL.md §1): the <c>kf_msg_or_event</c>
/// notice, encrypted and signed with the shared Kf.WeCom crypto, in the outer envelope.
/// </summary>
internal sealed class CallbackEnvelopeBuilder(SimulatorOptions options)
{
    private readonly WeComCallbackCrypto _crypto = new(options.Token, options.EncodingAesKey, options.CorpId);

    public (string Body, string Query) Build(string openKfId, string syncToken, DateTimeOffset now, string nonce)
    {
        var createTime = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var notice =
            $"<xml><ToUserName><![CDATA[{options.CorpId}]]></ToUserName><CreateTime>{createTime}</CreateTime>" +
            "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>" +
            $"<Token><![CDATA[{syncToken}]]></Token><OpenKfId><![CDATA[{SecurityElement.Escape(openKfId)}]]></OpenKfId></xml>";
        var signed = _crypto.EncryptAndSign(notice, createTime, nonce);
        var body =
            $"<xml><ToUserName><![CDATA[{options.CorpId}]]></ToUserName><Encrypt><![CDATA[{signed.Encrypt}]]></Encrypt>" +
            "<AgentID><![CDATA[]]></AgentID></xml>";
        var query = $"msg_signature={signed.Signature}&timestamp={signed.Timestamp}&nonce={signed.Nonce}";
        return (body, query);
    }
}
