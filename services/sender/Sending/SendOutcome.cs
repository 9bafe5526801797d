namespace Kf.Sender.Sending;

/// <summary>The result of one send_msg call with its errcode (null when WeCom gave no answer) and reason.</summary>
internal sealed record SendOutcome(SendResult Result, int? ErrCode, string? Reason, string? WeComMsgId = null);
