using System.Text;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Import;

/// <summary>The checks every FAQ record passes, whatever file it comes from.</summary>
internal static class FaqFields
{
    /// <summary>The pair, trimmed; an empty side, or a pair too large for one stored chunk, is an error naming the line.</summary>
    public static FaqPair Pair(string name, int line, string? question, string? answer)
    {
        question = question?.Trim() ?? string.Empty;
        answer = answer?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            throw SourceLines.Error(name, line, "question is empty");
        }

        if (answer.Length == 0)
        {
            throw SourceLines.Error(name, line, "answer is empty");
        }

        // A pair is one chunk, never cut: it must fit the store's chunk column.
        var bytes = Encoding.UTF8.GetByteCount(question) + 1 + Encoding.UTF8.GetByteCount(answer);
        return bytes > KnowledgeLimits.MaxChunkBytes
            ? throw SourceLines.Error(name, line, $"the question and answer are {bytes} bytes; a pair is kept whole and at most {KnowledgeLimits.MaxChunkBytes} bytes fit")
            : new FaqPair(question, answer);
    }
}
