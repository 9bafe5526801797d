using System.Security.Cryptography;
using System.Text;
using Kf.Storage.Knowledge;

namespace Kf.Bench.Retrieval;

/// <summary>
/// Chinese-looking chunks: words of two or three common characters drawn with a Zipf law (so common
/// bigrams have long postings, as in real text), sentences of 6–14 words, chunks of about 150–400
/// characters, one in five a FAQ pair; with random unit vectors. Queries are short windows of chunk
/// text (what a customer's question shares with the answer) and vectors near that chunk's.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private const string Characters =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信给接";

    private readonly Random _random = new(seed);
    private readonly string[] _words = MakeWords(new Random(seed + 1), 6000);
    private readonly double[] _cumulative = Zipf(6000);

    public List<KnowledgeChunk> Chunks(int count, int dimensions, string model)
    {
        var chunks = new List<KnowledgeChunk>(count);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var faq = i % 5 == 0;
            string? question = null;
            if (faq)
            {
                question = Sentence(4, 8) + "？";
                text.Append("问：").Append(question).Append("\n答：");
            }

            var target = _random.Next(150, 400);
            while (text.Length < target)
            {
                text.Append(Sentence(6, 14)).Append(_random.Next(10) == 0 ? $" {_random.Next(1, 500)}元。" : "。");
            }

            var body = text.ToString();
            chunks.Add(new KnowledgeChunk(i, i / 50, $"doc-{i / 50}", i % 50, null, body, question, faq ? body[(body.IndexOf('答') + 2)..] : null,
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), RandomUnit(dimensions), model));
        }

        return chunks;
    }

    /// <summary>A window of 4–14 characters of a random chunk, and a vector near that chunk's.</summary>
    public (string Text, float[] Vector) Query(IReadOnlyList<KnowledgeChunk> chunks, float[][] vectors)
    {
        var c = _random.Next(chunks.Count);
        var text = chunks[c].Text;
        var length = _random.Next(4, 15);
        var start = _random.Next(0, Math.Max(1, text.Length - length));
        var vector = vectors[c].Select(v => v + (float)(_random.NextDouble() - 0.5) * 0.05f).ToArray();
        Normalize(vector);
        return (text.Substring(start, Math.Min(length, text.Length - start)), vector);
    }

    private string Sentence(int min, int max)
    {
        var sentence = new StringBuilder();
        for (var w = _random.Next(min, max + 1); w > 0; w--)
        {
            var at = Array.BinarySearch(_cumulative, _random.NextDouble());
            sentence.Append(_words[Math.Min(at < 0 ? ~at : at, _words.Length - 1)]);
        }

        return sentence.ToString();
    }

    private float[] RandomUnit(int dimensions)
    {
        var vector = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = (float)(_random.NextDouble() * 2 - 1);
        }

        Normalize(vector);
        return vector;
    }

    private static void Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= norm;
        }
    }

    private static string[] MakeWords(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Characters[random.Next(Characters.Length)])))];

    private static double[] Zipf(int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        double running = 0;
        for (var i = 0; i < count; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        return cumulative;
    }
}
