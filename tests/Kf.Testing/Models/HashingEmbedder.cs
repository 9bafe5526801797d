using System.Text;

namespace Kf.Testing.Models;

/// <summary>
/// A deterministic local stand-in for an embedding model: each character bigram and each ASCII word
/// (lower-cased) of the text adds ±1 to one of <c>dimensions</c> buckets chosen by a stable hash
/// (FNV-1a), and the vector is L2-normalized. Texts sharing wording get close vectors, as with a real
/// model, but paraphrases with different words do not: it measures the plumbing, not semantics.
/// Written independently of Kf's own tokenizer on purpose.
/// </summary>
public static class HashingEmbedder
{
    public const int DefaultDimensions = 256;

    public static float[] Embed(string text, int dimensions = DefaultDimensions)
    {
        var vector = new float[dimensions];
        var lower = text.ToLowerInvariant();
        var word = new StringBuilder();
        char? previous = null;
        foreach (var c in lower)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                word.Append(c);
                previous = null;
                continue;
            }

            Flush(word, vector);
            if (char.IsLetterOrDigit(c))
            {
                if (previous is { } p)
                {
                    Add(string.Concat(p, c), vector);
                }

                previous = c;
            }
            else
            {
                previous = null;
            }
        }

        Flush(word, vector);
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    private static void Flush(StringBuilder word, float[] vector)
    {
        if (word.Length > 0)
        {
            Add(word.ToString(), vector);
            word.Clear();
        }
    }

    private static void Add(string feature, float[] vector)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(feature))
        {
            hash = (hash ^ b) * 16777619u;
        }

        // The top bit signs the feature, so unrelated features cancel rather than pile up.
        vector[(int)(hash % (uint)vector.Length)] += (hash & 0x80000000u) == 0 ? 1f : -1f;
    }
}
