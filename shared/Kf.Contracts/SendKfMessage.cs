using System.Security.Cryptography;
using System.Text;

namespace Kf.Contracts;

/// <summary>
/// Command to the sender: deliver one part of an answer with send_msg. Re-sending the same command
/// is safe: <see cref="SendMsgId"/> is derived from the source message and part, and the sender
/// records deliveries by it.
/// </summary>
public sealed record SendKfMessage
{
    /// <summary>
    /// The msgid given to send_msg: ≤ 32 characters of <c>[0-9A-Za-z_-]</c>, from
    /// <see cref="CreateSendMsgId"/>. Never a reused inbound msgid (WeCom answers 40058).
    /// </summary>
    public required string SendMsgId { get; init; }

    /// <summary>The account that sends (<c>open_kfid</c>).</summary>
    public required string OpenKfId { get; init; }

    /// <summary>The recipient (<c>touser</c> = <c>external_userid</c>).</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>The customer msgid this answers: the 5-per-message quota and ordering hang on it.</summary>
    public required string SourceMsgId { get; init; }

    /// <summary>1-based position of this part in the answer (WeCom allows at most 5).</summary>
    public required int Part { get; init; }

    /// <summary>send_msg's <c>msgtype</c>: <c>text</c>, <c>image</c>, <c>msgmenu</c>, <c>link</c>, ….</summary>
    public required string MsgType { get; init; }

    /// <summary><c>text.content</c> when <see cref="MsgType"/> is <c>text</c> (≤ 2048 bytes UTF-8).</summary>
    public string? Text { get; init; }

    /// <summary>For other types: the JSON object that goes under the <c>msgtype</c> key, verbatim.</summary>
    public string? PayloadJson { get; init; }

    /// <summary>
    /// The send msgid that must be delivered (or given up on) before this one: the previous part of
    /// this answer, or the last part of this customer's previous answer; null for the first ever.
    /// The sender holds this part back until then (bounded), so replies keep the customer's order
    /// across any number of sender replicas and redeliveries (invariant 4).
    /// </summary>
    public string? PreviousSendMsgId { get; init; }

    /// <summary>
    /// The deterministic send msgid: base64url (no padding) of SHA-256 over UTF-8
    /// <c>"{sourceMsgId}:{part}"</c>, first 32 characters. Changing this formula breaks
    /// idempotency across a deploy: answers in flight would be sent again.
    /// </summary>
    public static string CreateSendMsgId(string sourceMsgId, int part)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceMsgId);
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceMsgId}:{part}"));
        return Convert.ToBase64String(hash).Replace('+', '-').Replace('/', '_')[..32];
    }
}
