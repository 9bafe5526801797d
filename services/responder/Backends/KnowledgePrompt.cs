using System.Text;

namespace Kf.Responder.Backends;

/// <summary>
/// How retrieved knowledge reaches a model: numbered excerpts with their source, the instruction to answer
/// only from them, and a marker to reply with when they do not cover the question. One text for both
/// backends, so the marker check in the composer holds whichever model answers.
/// </summary>
internal static class KnowledgePrompt
{
    /// <summary>What the model replies when the excerpts do not cover the question; never sent to a customer.</summary>
    public const string NeedsHumanMarker = "[[NEEDS_HUMAN]]";

    // Models sometimes drop the brackets or change case: any form of the word means the same, and a
    // reply that carries it is never sent.
    private const string MarkerWord = "NEEDS_HUMAN";

    /// <summary>Whether the model said the excerpts do not cover the question.</summary>
    public static bool SaysNeedsHuman(string answer) => answer.Contains(MarkerWord, StringComparison.OrdinalIgnoreCase);

    /// <summary>The excerpts and the instructions, as one block of text.</summary>
    public static string Context(IReadOnlyList<KnowledgeExcerpt> excerpts)
    {
        var text = new StringBuilder("以下是知识库中与客户问题相关的资料（按相关度排序）：\n");
        for (var i = 0; i < excerpts.Count; i++)
        {
            var excerpt = excerpts[i];
            text.Append('\n').Append('[').Append(i + 1).Append("] 《").Append(excerpt.Document).Append('》');
            if (!string.IsNullOrWhiteSpace(excerpt.Heading))
            {
                text.Append(' ').Append(excerpt.Heading);
            }

            text.Append('\n').Append(excerpt.Text.Trim()).Append('\n');
        }

        text.Append('\n')
            .Append("请只根据以上资料回答客户的问题，不要编造资料中没有的信息，也不要提及“资料”或编号。")
            .Append("如果以上资料不足以回答这个问题，请只回复 ").Append(NeedsHumanMarker).Append("，不要输出任何其他内容。\n")
            .Append("Answer only from the excerpts above. If they do not cover the question, reply with exactly ")
            .Append(NeedsHumanMarker).Append(" and nothing else.");
        return text.ToString();
    }
}
