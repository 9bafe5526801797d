using System.Security.Cryptography;
using System.Text;

namespace Kf.Knowledge.Import;

/// <summary>Lower-hex SHA-256 of UTF-8 text: a chunk's embedding cache key, a document's identity.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
