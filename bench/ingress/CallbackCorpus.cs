using System.Text;
using Kf.WeCom.Crypto;

namespace Kf.Ingress.Bench;

// Signed, encrypted kf_msg_or_event callbacks made before the clock starts, so the load generator
// spends its CPU on sending, not on AES. Each has its own nonce and OpenKfId.
internal sealed class CallbackCorpus
{
    private readonly (string Query, byte[] Body)[] _callbacks;

    public CallbackCorpus(int size)
    {
        var crypto = new WeComCallbackCrypto(BenchCredentials.Token, BenchCredentials.EncodingAesKey, BenchCredentials.CorpId);
        _callbacks = [.. Enumerable.Range(0, size).Select(i => Make(crypto, i))];
    }

    public (string Query, byte[] Body) this[long index] => _callbacks[index % _callbacks.Length];

    private static (string, byte[]) Make(WeComCallbackCrypto crypto, int i)
    {
        var plaintext = $"<xml><ToUserName><![CDATA[{BenchCredentials.CorpId}]]></ToUserName><CreateTime>1700000000</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>"
            + $"<Token><![CDATA[ENCbenchSyncToken{i:D6}]]></Token><OpenKfId><![CDATA[wkbench{i % 50:D4}]]></OpenKfId></xml>";
        var signed = crypto.EncryptAndSign(plaintext, "1700000000", $"n{i:D9}");
        var body = $"<xml><ToUserName><![CDATA[{BenchCredentials.CorpId}]]></ToUserName><Encrypt><![CDATA[{signed.Encrypt}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
        var query = $"/wecom/callback?msg_signature={signed.Signature}&timestamp={signed.Timestamp}&nonce={signed.Nonce}";
        return (query, Encoding.UTF8.GetBytes(body));
    }
}
