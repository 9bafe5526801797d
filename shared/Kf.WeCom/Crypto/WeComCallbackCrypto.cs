using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Kf.WeCom.Crypto;

/// <summary>
/// The 微信客服 callback cipher (WECOM_PROTOCOL.md §1): AES-256-CBC with IV = the first 16 key bytes
/// and PKCS#7 padding to a multiple of 32 bytes over
/// <c>16 random bytes ‖ 4-byte big-endian length ‖ message ‖ receiveid</c>.
/// </summary>
public sealed class WeComCallbackCrypto
{
    /// <summary>WeCom pads to 32-byte blocks, not AES's 16: pads above 16 are legal.</summary>
    public const int PadBlockSize = 32;

    /// <summary>Default bound on the base64 ciphertext: far above any real callback, far below abuse.</summary>
    public const int DefaultMaxEncryptedChars = 256 * 1024;

    private const int RandomPrefixLength = 16;
    private const int LengthFieldLength = 4;

    private readonly string _token;
    private readonly byte[] _key;
    private readonly byte[] _iv;
    private readonly byte[] _receiveId;
    private readonly int _maxEncryptedChars;

    /// <param name="token">The callback Token configured in the WeCom back office.</param>
    /// <param name="encodingAesKey">The 43-character EncodingAESKey.</param>
    /// <param name="receiveId">The CorpID (微信客服) or AppID (公众号) the plaintext must end with.</param>
    /// <param name="maxEncryptedChars">Bound on the base64 ciphertext accepted by <see cref="Decrypt"/>.</param>
    public WeComCallbackCrypto(string token, string encodingAesKey, string receiveId, int maxEncryptedChars = DefaultMaxEncryptedChars)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentException.ThrowIfNullOrEmpty(receiveId);
        _token = token;
        _key = DecodeKey(encodingAesKey);
        _iv = _key[..16];
        _receiveId = Encoding.UTF8.GetBytes(receiveId);
        _maxEncryptedChars = maxEncryptedChars;
    }

    /// <summary>Decodes an EncodingAESKey (43 base64 characters, no padding) to its 32 AES key bytes.</summary>
    /// <exception cref="ArgumentException">The key is not 43 characters of base64 decoding to 32 bytes.</exception>
    public static byte[] DecodeKey(string encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 })
        {
            throw new ArgumentException("EncodingAESKey must be exactly 43 characters.", nameof(encodingAesKey));
        }

        var key = new byte[33];
        if (!Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) || written != 32)
        {
            throw new ArgumentException("EncodingAESKey must be base64 that decodes to 32 bytes.", nameof(encodingAesKey));
        }

        return key[..32];
    }

    /// <summary>Signs <paramref name="data"/> with this callback's token.</summary>
    public string Sign(string timestamp, string nonce, string data) =>
        CallbackSignature.Compute(_token, timestamp, nonce, data);

    /// <summary>Verifies the signature, then decrypts. Used for GET URL verification (echostr) and POST bodies.</summary>
    /// <exception cref="CallbackException">Any check failed; nothing was decrypted.</exception>
    public string VerifyAndDecrypt(string? msgSignature, string? timestamp, string? nonce, string? encrypted)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(encrypted))
        {
            throw new CallbackException(CallbackError.MissingField, "timestamp, nonce and the encrypted payload are required.");
        }

        if (encrypted.Length > _maxEncryptedChars)
        {
            throw new CallbackException(CallbackError.TooLarge, $"Encrypted payload over {_maxEncryptedChars} characters.");
        }

        if (!CallbackSignature.Verify(_token, timestamp, nonce, encrypted, msgSignature))
        {
            throw new CallbackException(CallbackError.InvalidSignature, "msg_signature does not match.");
        }

        return Decrypt(encrypted);
    }

    /// <summary>Decrypts a base64 payload and checks its receiveid. Does not check any signature.</summary>
    /// <exception cref="CallbackException">The payload is malformed or not addressed to us.</exception>
    public string Decrypt(string encrypted)
    {
        if (encrypted.Length > _maxEncryptedChars)
        {
            throw new CallbackException(CallbackError.TooLarge, $"Encrypted payload over {_maxEncryptedChars} characters.");
        }

        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException ex)
        {
            throw new CallbackException(CallbackError.InvalidBase64, "Encrypted payload is not valid base64.", ex);
        }

        if (cipher.Length == 0 || cipher.Length % PadBlockSize != 0)
        {
            throw new CallbackException(CallbackError.InvalidLength, "Ciphertext is not a whole number of 32-byte blocks.");
        }

        using var aes = CreateAes();
        // PaddingMode.PKCS7 rejects pads above 16; WeCom's go up to 32, so the pad is stripped by hand.
        var plain = aes.DecryptCbc(cipher, _iv, PaddingMode.None);
        var unpadded = StripPadding(plain);
        return ReadMessage(unpadded);
    }

    /// <summary>Encrypts <paramref name="message"/> for this receiveid with fresh random bytes.</summary>
    public string Encrypt(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var length = RandomPrefixLength + LengthFieldLength + body.Length + _receiveId.Length;
        var pad = PadBlockSize - (length % PadBlockSize);
        var plain = new byte[length + pad];

        RandomNumberGenerator.Fill(plain.AsSpan(0, RandomPrefixLength));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomPrefixLength, LengthFieldLength), body.Length);
        body.CopyTo(plain, RandomPrefixLength + LengthFieldLength);
        _receiveId.CopyTo(plain, RandomPrefixLength + LengthFieldLength + body.Length);
        plain.AsSpan(length).Fill((byte)pad);

        using var aes = CreateAes();
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    /// <summary>Encrypts and signs, as WeCom does for a push (and as a passive reply is built).</summary>
    public SignedPayload EncryptAndSign(string message, string timestamp, string nonce)
    {
        var encrypted = Encrypt(message);
        return new SignedPayload(encrypted, Sign(timestamp, nonce, encrypted), timestamp, nonce);
    }

    private Aes CreateAes()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        return aes;
    }

    private static ReadOnlySpan<byte> StripPadding(byte[] plain)
    {
        int pad = plain[^1];
        if (pad is < 1 or > PadBlockSize)
        {
            throw new CallbackException(CallbackError.InvalidPadding, "Pad byte outside 1..32.");
        }

        var padding = plain.AsSpan(plain.Length - pad);
        if (padding.ContainsAnyExcept((byte)pad))
        {
            throw new CallbackException(CallbackError.InvalidPadding, "Pad bytes disagree.");
        }

        return plain.AsSpan(0, plain.Length - pad);
    }

    private string ReadMessage(ReadOnlySpan<byte> content)
    {
        if (content.Length < RandomPrefixLength + LengthFieldLength)
        {
            throw new CallbackException(CallbackError.InvalidMessageLength, "Plaintext shorter than its header.");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(RandomPrefixLength, LengthFieldLength));
        var rest = content[(RandomPrefixLength + LengthFieldLength)..];
        if (length < 0 || length > rest.Length)
        {
            throw new CallbackException(CallbackError.InvalidMessageLength, "Message length field exceeds the plaintext.");
        }

        if (!rest[length..].SequenceEqual(_receiveId))
        {
            throw new CallbackException(CallbackError.ReceiverMismatch, "The message is addressed to another receiveid.");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(rest[..length]);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CallbackException(CallbackError.MalformedXml, "Decrypted message is not valid UTF-8.", ex);
        }
    }
}
