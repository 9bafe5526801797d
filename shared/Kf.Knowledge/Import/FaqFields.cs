namespace Kf.Knowledge.Import;

/// <summary>The checks every FAQ record passes, whatever file it comes from.</summary>
internal static class FaqFields
{
    /// <summary>The pair, trimmed; an empty side is an error naming the line.</summary>
    public static FaqPair Pair(string name, int line, string? question, string? answer)
    {
        question = question?.Trim() ?? string.Empty;
        answer = answer?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            throw SourceLines.Error(name, line, "question is empty");
        }

        return answer.Length == 0 ? throw SourceLines.Error(name, line, "answer is empty") : new FaqPair(question, answer);
    }
}
