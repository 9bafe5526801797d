namespace Kf.WeCom.Crypto;

/// <summary>Why a callback was rejected. Every value maps to a 4xx at the ingress: none is retryable.</summary>
public enum CallbackError
{
    /// <summary>The msg_signature does not match SHA1(sort(token, timestamp, nonce, data)).</summary>
    InvalidSignature,

    /// <summary>A required query parameter or XML element is missing or empty.</summary>
    MissingField,

    /// <summary>The encrypted payload is not valid base64.</summary>
    InvalidBase64,

    /// <summary>The ciphertext is empty, too short, too long, or not a whole number of AES blocks.</summary>
    InvalidLength,

    /// <summary>The PKCS#7 pad (block size 32) is 0, above 32, or its bytes disagree.</summary>
    InvalidPadding,

    /// <summary>The 4-byte big-endian message length does not fit the decrypted plaintext.</summary>
    InvalidMessageLength,

    /// <summary>The receiveid (CorpID) inside the plaintext is not ours: the message is not for us.</summary>
    ReceiverMismatch,

    /// <summary>The body is larger than the configured bound.</summary>
    TooLarge,

    /// <summary>The XML is not well formed, nests too deep, or declares a DTD.</summary>
    MalformedXml,
}
