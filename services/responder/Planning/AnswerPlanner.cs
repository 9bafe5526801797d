using System.Text;
using Kf.Contracts;
using Kf.Storage.Conversations;
using Kf.WeCom.Text;

namespace Kf.Responder.Planning;

/// <summary>
/// Turns an answer into the parts WeChat allows for one customer message (invariant 6): at most
/// <see cref="MaxParts"/> texts of at most 2048 bytes, cut only between graphemes. A longer answer keeps
/// its first four parts whole; the fifth is shortened to end with <see cref="TruncatedSuffix"/>.
/// </summary>
internal static class AnswerPlanner
{
    public const int MaxParts = 5;
    public const string TruncatedSuffix = "…（回复较长，已截断）";

    /// <summary>The texts to send, in order: a prefix of <paramref name="answer"/> (plus the suffix when cut).</summary>
    public static IReadOnlyList<string> Split(string answer)
    {
        var parts = Utf8TextSplitter.Split(answer, Utf8TextSplitter.DefaultMaxBytes);
        if (parts.Count <= MaxParts)
        {
            return parts;
        }

        var budget = Utf8TextSplitter.DefaultMaxBytes - Encoding.UTF8.GetByteCount(TruncatedSuffix);
        var last = Utf8TextSplitter.Split(parts[MaxParts - 1], budget)[0];
        return [.. parts.Take(MaxParts - 1), last + TruncatedSuffix];
    }

    /// <summary>The parts of an answer to <paramref name="msgId"/>, chained after <paramref name="previousSendMsgId"/>.</summary>
    public static IReadOnlyList<PlannedPart> Plan(string msgId, string answer, string? previousSendMsgId)
    {
        var texts = Split(answer);
        var parts = new List<PlannedPart>(texts.Count);
        var previous = previousSendMsgId;
        for (var i = 0; i < texts.Count; i++)
        {
            var sendMsgId = SendKfMessage.CreateSendMsgId(msgId, i + 1);
            parts.Add(new PlannedPart(i + 1, sendMsgId, previous, texts[i]));
            previous = sendMsgId;
        }

        return parts;
    }
}
