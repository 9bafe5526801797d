namespace Kf.Knowledge.Import;

/// <summary>
/// FAQ CSV → Q/A pairs: a header naming a <c>question</c> and an <c>answer</c> column (or <c>问题</c> and
/// <c>答案</c>; any case, any order, other columns ignored), then one pair per record. Blank lines are skipped.
/// </summary>
internal static class FaqCsvParser
{
    public static ParsedDocument Parse(string name, string text)
    {
        var pairs = new List<FaqPair>();
        int question = -1, answer = -1;
        foreach (var (line, fields) in CsvReader.Read(name, text))
        {
            if (fields is [{ Length: 0 }] || fields.All(f => f.Trim().Length == 0))
            {
                continue;
            }

            if (question < 0)
            {
                var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
                question = IndexOf(header, "question", "问题");
                answer = IndexOf(header, "answer", "答案");
                if (question < 0 || answer < 0)
                {
                    throw SourceLines.Error(name, line, "the header must name a question and an answer column (question,answer or 问题,答案)");
                }

                continue;
            }

            pairs.Add(FaqFields.Pair(name, line, Field(fields, question), Field(fields, answer)));
        }

        return ParsedDocument.Faq(KnowledgeFormats.FaqCsv, pairs);
    }

    private static int IndexOf(List<string> header, string english, string chinese) =>
        header.IndexOf(english) is >= 0 and var i ? i : header.IndexOf(chinese);

    private static string Field(IReadOnlyList<string> fields, int index) => index < fields.Count ? fields[index] : string.Empty;
}
