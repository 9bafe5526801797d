using System.Text.Json;
using Kf.Knowledge.Tests.Support;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>
/// The retrieval evaluation data: FAQ pairs (<c>Data/faq.jsonl</c>) and paraphrased customer questions,
/// each naming the FAQ that answers it (<c>Data/paraphrases.jsonl</c>). <c>KF_EVAL_DATA</c> names another
/// directory holding the same two files.
/// </summary>
public sealed record EvaluationSet(IReadOnlyList<EvaluationFaq> Faqs, IReadOnlyList<EvaluationParaphrase> Paraphrases)
{
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("KF_EVAL_DATA") is { Length: > 0 } dir
            ? dir
            : Path.Combine(RepositoryRoot.Path, "tests", "Kf.Knowledge.Tests", "Evaluation", "Data");

    public static EvaluationSet Load()
    {
        var faqs = Read<EvaluationFaq>("faq.jsonl");
        var paraphrases = Read<EvaluationParaphrase>("paraphrases.jsonl");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (faq, line) in faqs)
        {
            if (string.IsNullOrWhiteSpace(faq.Id) || string.IsNullOrWhiteSpace(faq.Question) || string.IsNullOrWhiteSpace(faq.Answer))
            {
                throw new InvalidDataException($"faq.jsonl line {line}: id, question and answer are required.");
            }

            if (!ids.Add(faq.Id))
            {
                throw new InvalidDataException($"faq.jsonl line {line}: id {faq.Id} appears twice.");
            }
        }

        foreach (var (paraphrase, line) in paraphrases)
        {
            if (string.IsNullOrWhiteSpace(paraphrase.Question) || !ids.Contains(paraphrase.Faq ?? ""))
            {
                throw new InvalidDataException($"paraphrases.jsonl line {line}: needs a question and the id of a FAQ in faq.jsonl (got '{paraphrase.Faq}').");
            }
        }

        return new EvaluationSet([.. faqs.Select(f => f.Value)], [.. paraphrases.Select(p => p.Value)]);
    }

    private static List<(T Value, int Line)> Read<T>(string name)
    {
        var path = Path.Combine(DataDirectory, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Evaluation data {path} is missing: it lands with branch kb-evalset (git merge main), or set KF_EVAL_DATA to a directory holding faq.jsonl and paraphrases.jsonl.",
                path);
        }

        var rows = new List<(T, int)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                rows.Add((JsonSerializer.Deserialize<T>(line, JsonSerializerOptions.Web)
                    ?? throw new InvalidDataException($"{name} line {number} is null."), number));
            }
        }

        return rows;
    }
}
