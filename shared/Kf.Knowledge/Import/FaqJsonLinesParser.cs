using System.Text.Json;

namespace Kf.Knowledge.Import;

/// <summary>
/// FAQ JSON Lines → Q/A pairs: one object per line with string <c>question</c> and <c>answer</c> members
/// (or <c>问题</c> and <c>答案</c>); other members are ignored, blank lines skipped.
/// </summary>
internal static class FaqJsonLinesParser
{
    public static ParsedDocument Parse(string name, string text)
    {
        var pairs = new List<FaqPair>();
        var lines = SourceLines.Split(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(lines[i]);
            }
            catch (JsonException e)
            {
                throw SourceLines.Error(name, i + 1, $"not valid JSON ({e.Message})");
            }

            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw SourceLines.Error(name, i + 1, "expected an object like {\"question\": \"…\", \"answer\": \"…\"}");
                }

                pairs.Add(FaqFields.Pair(name, i + 1, Member(name, i + 1, json.RootElement, "question", "问题"), Member(name, i + 1, json.RootElement, "answer", "答案")));
            }
        }

        return ParsedDocument.Faq(KnowledgeFormats.FaqJsonLines, pairs);
    }

    private static string? Member(string name, int line, JsonElement item, string english, string chinese)
    {
        if (!item.TryGetProperty(english, out var value) && !item.TryGetProperty(chinese, out value))
        {
            throw SourceLines.Error(name, line, $"{english} is missing");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw SourceLines.Error(name, line, $"{english} must be a string"),
        };
    }
}
