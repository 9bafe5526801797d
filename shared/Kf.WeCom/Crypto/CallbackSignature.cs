using System.Security.Cryptography;
using System.Text;

namespace Kf.WeCom.Crypto;

/// <summary>
/// The 微信客服 callback signature: lower-case hex SHA1 over the ordinal-sorted concatenation of
/// token, timestamp, nonce and data (the echostr or the Encrypt element).
/// </summary>
public static class CallbackSignature
{
    /// <summary>Computes the signature WeCom sends as <c>msg_signature</c>.</summary>
    public static string Compute(string token, string timestamp, string nonce, string data)
    {
        string[] parts = [token, timestamp, nonce, data];
        // Ordinal, not culture: WeCom sorts by byte value, and a culture sort breaks on mixed case.
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="signature"/> matches, compared in constant time.</summary>
    public static bool Verify(string token, string timestamp, string nonce, string data, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(token, timestamp, nonce, data));
        // Lower-casing first so an upper-case hex signature is accepted without a timing leak.
        var actual = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
