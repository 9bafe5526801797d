using System.Text;

namespace Kf.WeCom.Tests.Fakes;

/// <summary>
/// Random text built from atoms that are each exactly one grapheme cluster and never merge with a
/// neighbour, so the atom boundaries are known grapheme boundaries, computed without StringInfo.
/// </summary>
internal static class RandomText
{
    private static readonly string[] Ascii = ["a", "b", "k", "Z", "0", "7", " ", " ", ".", ",", "!", "?", ";", ":", "-", "\""];

    private static readonly string[] Chinese = ["中", "文", "字", "你", "好", "退", "货", "。", "，", "！", "？", "；", "、", "…", "「", "」", "𠀋"];

    private static readonly string[] Emoji =
    [
        "😀", "🎉", "👍🏽", "👋🏻", "👨‍👩‍👧‍👦", "👩‍💻", "🏳️‍🌈", "🇨🇳", "🇺🇸", "🇯🇵", "❤️", "1️⃣", "e\u0301", "é", "𝄞",
    ];

    private static readonly string[] Breaks = ["\n", "\n", " ", "\u3000"];

    public const int LargestAtomBytes = 25; // the ZWJ family

    public static (string Text, HashSet<int> Boundaries) Next(Random random, int atoms)
    {
        var text = new StringBuilder();
        var boundaries = new HashSet<int> { 0 };
        for (var i = 0; i < atoms; i++)
        {
            var pool = random.Next(10) switch
            {
                < 3 => Ascii,
                < 7 => Chinese,
                < 9 => Emoji,
                _ => Breaks,
            };
            text.Append(pool[random.Next(pool.Length)]);
            boundaries.Add(text.Length);
        }

        return (text.ToString(), boundaries);
    }

    public static bool HasLoneSurrogate(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsHighSurrogate(part[i]) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(part[i]))
            {
                return true;
            }
        }

        return false;
    }
}
