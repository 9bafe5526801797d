using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Kf.Simulator.Sync;

/// <summary>
/// Cursors are opaque to clients (a bot must store and send back exactly what it got), short (the
/// protocol bounds them at 64 bytes) and carry the last sequence number returned.
/// </summary>
internal static class CursorCodec
{
    public const int MaxLength = 64;
    private const string Prefix = "kfsim1:";

    public static string Encode(long seq) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + seq.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long seq)
    {
        seq = 0;
        if (cursor.Length > MaxLength)
        {
            return false;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out seq);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
