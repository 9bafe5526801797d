using Kf.WeCom.Crypto;
using static Kf.WeCom.Tests.Callback.OfficialVectors;

namespace Kf.WeCom.Tests.Callback;

public sealed class CallbackCryptoTests
{
    private readonly WeComCallbackCrypto _crypto = new(SetB.Token, SetB.AesKey, SetB.ReceiveId);

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("你好，世界 👨‍👩‍👧‍👦 🇨🇳")]
    [InlineData("exactly-fills-blocks-xxxxxxxxxxxxxxxxx")]
    public void Should_round_trip_when_encrypted_then_decrypted(string message)
    {
        var signed = _crypto.EncryptAndSign(message, "1700000000", "nonce-1");

        var plain = _crypto.VerifyAndDecrypt(signed.Signature, signed.Timestamp, signed.Nonce, signed.Encrypt);

        Assert.Equal(message, plain);
    }

    [Fact]
    public void Should_round_trip_every_pad_length_when_message_length_varies()
    {
        // Lengths 0..40 walk the pad through every value 1..32 at least once.
        for (var n = 0; n <= 40; n++)
        {
            var message = new string('x', n);
            Assert.Equal(message, _crypto.Decrypt(_crypto.Encrypt(message)));
        }
    }

    [Fact]
    public void Should_produce_different_ciphertexts_when_same_message_encrypted_twice()
    {
        Assert.NotEqual(_crypto.Encrypt("same"), _crypto.Encrypt("same"));
    }

    [Fact]
    public void Should_reject_signature_when_one_character_changes()
    {
        var tampered = "1" + SetB.VerifySignature[1..];

        var ex = Assert.Throws<CallbackException>(() =>
            _crypto.VerifyAndDecrypt(tampered, SetB.VerifyTimestamp, SetB.VerifyNonce, SetB.EchoStr));

        Assert.Equal(CallbackError.InvalidSignature, ex.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("012bc692")]
    public void Should_reject_when_signature_missing_or_short(string? signature)
    {
        var ex = Assert.Throws<CallbackException>(() =>
            _crypto.VerifyAndDecrypt(signature, SetB.VerifyTimestamp, SetB.VerifyNonce, SetB.EchoStr));

        Assert.Equal(CallbackError.InvalidSignature, ex.Error);
    }

    [Fact]
    public void Should_accept_upper_case_signature_when_hex_matches()
    {
        var plain = _crypto.VerifyAndDecrypt(SetB.VerifySignature.ToUpperInvariant(), SetB.VerifyTimestamp, SetB.VerifyNonce, SetB.EchoStr);

        Assert.Equal(SetB.EchoPlain, plain);
    }

    [Fact]
    public void Should_reject_when_timestamp_tampered()
    {
        var ex = Assert.Throws<CallbackException>(() =>
            _crypto.VerifyAndDecrypt(SetB.VerifySignature, "1476416374", SetB.VerifyNonce, SetB.EchoStr));

        Assert.Equal(CallbackError.InvalidSignature, ex.Error);
    }

    [Fact]
    public void Should_reject_receiver_when_corpid_differs()
    {
        var other = new WeComCallbackCrypto(SetB.Token, SetB.AesKey, "ww0000000000000000");

        var ex = Assert.Throws<CallbackException>(() =>
            other.VerifyAndDecrypt(SetB.VerifySignature, SetB.VerifyTimestamp, SetB.VerifyNonce, SetB.EchoStr));

        Assert.Equal(CallbackError.ReceiverMismatch, ex.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(255)]
    public void Should_reject_padding_when_pad_byte_outside_1_to_32(int pad)
    {
        var forged = RawCipher.Encrypt(SetB.AesKey, "hi", SetB.ReceiveId, padOverride: pad);

        var ex = Assert.Throws<CallbackException>(() => _crypto.Decrypt(forged));

        Assert.Equal(CallbackError.InvalidPadding, ex.Error);
    }

    [Fact]
    public void Should_reject_padding_when_pad_bytes_disagree()
    {
        // "hi" + 18-byte receiveid + 20-byte header = 40 → pad 24; forcing the last to 23 leaves a disagreeing run.
        var forged = RawCipher.Encrypt(SetB.AesKey, "hi", SetB.ReceiveId, padOverride: 23);

        var ex = Assert.Throws<CallbackException>(() => _crypto.Decrypt(forged));

        Assert.Equal(CallbackError.InvalidPadding, ex.Error);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void Should_reject_message_length_when_field_exceeds_plaintext(int length)
    {
        var forged = RawCipher.Encrypt(SetB.AesKey, "hi", SetB.ReceiveId, lengthOverride: length);

        var ex = Assert.Throws<CallbackException>(() => _crypto.Decrypt(forged));

        Assert.Equal(CallbackError.InvalidMessageLength, ex.Error);
    }

    [Fact]
    public void Should_reject_length_when_ciphertext_truncated()
    {
        var bytes = Convert.FromBase64String(SetB.PostEncrypt);
        var truncated = Convert.ToBase64String(bytes[..^16]);

        var ex = Assert.Throws<CallbackException>(() => _crypto.Decrypt(truncated));

        Assert.Equal(CallbackError.InvalidLength, ex.Error);
    }

    [Fact]
    public void Should_reject_length_when_ciphertext_empty_after_decoding()
    {
        var ex = Assert.Throws<CallbackException>(() => _crypto.Decrypt(string.Empty));

        Assert.Equal(CallbackError.InvalidLength, ex.Error);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("@@@@")]
    public void Should_reject_base64_when_payload_not_base64(string payload)
    {
        var ex = Assert.Throws<CallbackException>(() => _crypto.Decrypt(payload));

        Assert.Equal(CallbackError.InvalidBase64, ex.Error);
    }

    [Fact]
    public void Should_reject_oversized_payload_before_decoding()
    {
        var small = new WeComCallbackCrypto(SetB.Token, SetB.AesKey, SetB.ReceiveId, maxEncryptedChars: 64);
        var big = small.Encrypt(new string('x', 200));

        var ex = Assert.Throws<CallbackException>(() => small.Decrypt(big));

        Assert.Equal(CallbackError.TooLarge, ex.Error);
    }

    [Fact]
    public void Should_reject_when_nonce_missing()
    {
        var ex = Assert.Throws<CallbackException>(() =>
            _crypto.VerifyAndDecrypt(SetB.VerifySignature, SetB.VerifyTimestamp, null, SetB.EchoStr));

        Assert.Equal(CallbackError.MissingField, ex.Error);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU!")]
    public void Should_refuse_key_when_not_43_base64_characters(string key)
    {
        Assert.Throws<ArgumentException>(() => new WeComCallbackCrypto("t", key, "corp"));
    }
}
