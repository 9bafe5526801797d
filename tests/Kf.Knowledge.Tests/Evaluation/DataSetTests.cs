using System.Text;
using System.Text.Json;
using Kf.Knowledge.Retrieval;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>
/// Checks the evaluation set and the sandbox sample knowledge as data, so a broken line or a dangling id fails here
/// with its file and line instead of skewing the retrieval figures.
/// </summary>
public sealed class DataSetTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data");
    private static readonly string SampleDirectory = Path.Combine(AppContext.BaseDirectory, "SampleKnowledge");

    [Fact]
    public void Should_hold_at_least_100_faqs_with_unique_ids_when_faq_jsonl_is_loaded()
    {
        var faqs = ReadJsonLines("faq.jsonl", "id", "question", "answer", "category");

        Assert.True(faqs.Count >= 100, $"faq.jsonl holds {faqs.Count} FAQs; the set needs at least 100.");
        var repeated = faqs.GroupBy(f => f["id"]).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"faq.jsonl repeats ids: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void Should_hold_at_least_300_paraphrases_of_existing_faqs_when_paraphrases_jsonl_is_loaded()
    {
        var ids = ReadJsonLines("faq.jsonl", "id", "question", "answer", "category").Select(f => f["id"]).ToHashSet();
        var paraphrases = ReadJsonLines("paraphrases.jsonl", "faq", "question");

        Assert.True(paraphrases.Count >= 300, $"paraphrases.jsonl holds {paraphrases.Count} lines; the set needs at least 300.");
        var dangling = paraphrases.Select(p => p["faq"]).Where(id => !ids.Contains(id)).Distinct().ToList();
        Assert.True(dangling.Count == 0, $"paraphrases.jsonl references unknown FAQ ids: {string.Join(", ", dangling)}");
    }

    [Fact]
    public void Should_give_every_faq_two_paraphrases_that_are_not_its_question_when_both_files_are_loaded()
    {
        var faqs = ReadJsonLines("faq.jsonl", "id", "question", "answer", "category");
        var byFaq = ReadJsonLines("paraphrases.jsonl", "faq", "question").ToLookup(p => p["faq"], p => p["question"]);

        foreach (var faq in faqs)
        {
            var paraphrases = byFaq[faq["id"]].ToList();
            Assert.True(paraphrases.Count >= 2, $"FAQ {faq["id"]} has {paraphrases.Count} paraphrases; each needs at least 2.");
            // QuestionKey ignores width, case, spacing and punctuation: a paraphrase that differs only in those
            // would test nothing.
            var copies = paraphrases.Where(p => QuestionKey.Of(p) == QuestionKey.Of(faq["question"])).ToList();
            Assert.True(copies.Count == 0, $"FAQ {faq["id"]} has paraphrases that copy its question: {string.Join(" | ", copies)}");
        }
    }

    [Fact]
    public void Should_parse_the_sample_csv_into_at_least_20_question_answer_pairs_when_it_is_read_as_rfc_4180()
    {
        var rows = ParseCsv(ReadUtf8(Path.Combine(SampleDirectory, "faq.csv")));

        Assert.Equal(["question", "answer"], rows[0]);
        var pairs = rows.Skip(1).ToList();
        Assert.True(pairs.Count >= 20, $"faq.csv holds {pairs.Count} pairs; the sample needs at least 20.");
        for (var i = 0; i < pairs.Count; i++)
        {
            Assert.True(pairs[i].Count == 2, $"faq.csv record {i + 2} has {pairs[i].Count} fields; expected question,answer.");
            Assert.True(pairs[i].All(f => f.Trim().Length > 0), $"faq.csv record {i + 2} has an empty field.");
        }
    }

    [Fact]
    public void Should_split_the_sample_guide_into_sections_when_it_is_read_as_markdown()
    {
        var lines = ReadUtf8(Path.Combine(SampleDirectory, "shop-guide.md")).Split('\n');

        Assert.StartsWith("# ", lines[0]);
        Assert.True(lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)) >= 5, "shop-guide.md needs its ## sections.");
    }

    /// <summary>Reads one JSON object per line; every named field must be a non-empty string.</summary>
    private static List<Dictionary<string, string>> ReadJsonLines(string file, params string[] fields)
    {
        var lines = ReadUtf8(Path.Combine(DataDirectory, file)).TrimEnd('\n').Split('\n');
        var records = new List<Dictionary<string, string>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var where = $"{file} line {i + 1}";
            var root = ParseLine(lines[i], where);
            Assert.True(root.ValueKind == JsonValueKind.Object, $"{where} is not a JSON object.");
            var record = new Dictionary<string, string>();
            foreach (var field in fields)
            {
                var ok = root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String;
                var text = ok ? value.GetString()!.Trim() : "";
                Assert.True(text.Length > 0, $"{where} lacks a non-empty string \"{field}\".");
                record[field] = text;
            }
            records.Add(record);
        }
        return records;
    }

    private static JsonElement ParseLine(string line, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new JsonException($"{where} is not JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads a data file strictly: it must be UTF-8 without a byte-order mark.</summary>
    private static string ReadUtf8(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing: the test project copies the data files to its output.");
        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{path} starts with a BOM.");
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    /// <summary>A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else
                {
                    quoted = false;
                    Assert.True(i + 1 == text.Length || text[i + 1] is ',' or '\r' or '\n', $"faq.csv record {rows.Count + 1}: text after a closing quote.");
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"faq.csv record {rows.Count + 1}: a quote inside an unquoted field.");
                quoted = true;
            }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }
        Assert.False(quoted, "faq.csv ends inside a quoted field.");
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
