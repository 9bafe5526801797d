using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Kf.WeCom.Crypto;

namespace Kf.WeCom.Tests.Callback;

/// <summary>Builds ciphertexts by hand, so tests can forge the malformed ones no encoder would make.</summary>
internal static class RawCipher
{
    public static string Encrypt(string aesKey, string message, string receiveId, int? padOverride = null, int? lengthOverride = null)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var rid = Encoding.UTF8.GetBytes(receiveId);
        var length = 20 + body.Length + rid.Length;
        var pad = 32 - (length % 32);
        var plain = new byte[length + pad];
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), lengthOverride ?? body.Length);
        body.CopyTo(plain, 20);
        rid.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        if (padOverride is { } forced)
        {
            plain[^1] = (byte)forced;
        }

        var key = WeComCallbackCrypto.DecodeKey(aesKey);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key[..16], PaddingMode.None));
    }
}
