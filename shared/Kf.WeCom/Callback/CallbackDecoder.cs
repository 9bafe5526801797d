using Kf.WeCom.Crypto;

namespace Kf.WeCom.Callback;

/// <summary>
/// The whole inbound check in one place: parse the envelope safely, verify the signature over its
/// Encrypt element, decrypt, check the receiveid, parse the plaintext safely.
/// </summary>
public sealed class CallbackDecoder(WeComCallbackCrypto crypto, CallbackXmlLimits? limits = null)
{
    private readonly CallbackXmlLimits _limits = limits ?? CallbackXmlLimits.Default;

    /// <summary>GET URL verification: returns the plaintext echostr to answer with, bare.</summary>
    public string VerifyUrl(string? msgSignature, string? timestamp, string? nonce, string? echostr) =>
        crypto.VerifyAndDecrypt(msgSignature, timestamp, nonce, echostr);

    /// <summary>POST callback: returns the decrypted event.</summary>
    /// <exception cref="CallbackException">The body is malformed, unsigned, or not for us.</exception>
    public CallbackEvent DecodePost(string? msgSignature, string? timestamp, string? nonce, string body)
    {
        var envelope = CallbackXml.ParseEnvelope(body, _limits);
        var plaintext = crypto.VerifyAndDecrypt(msgSignature, timestamp, nonce, envelope.Encrypt);
        return CallbackXml.ParseEvent(plaintext, _limits);
    }
}
