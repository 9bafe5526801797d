namespace Kf.Storage.Conversations;

/// <summary>One text part of an answer plan, as it is published to the sender.</summary>
/// <param name="Part">1-based position in the answer (at most 5).</param>
/// <param name="SendMsgId">The deterministic send msgid of the part.</param>
/// <param name="PreviousSendMsgId">The send msgid that must go out first; null for the customer's first part ever.</param>
/// <param name="Text">The text, at most 2048 bytes of UTF-8.</param>
public sealed record PlannedPart(int Part, string SendMsgId, string? PreviousSendMsgId, string Text);
