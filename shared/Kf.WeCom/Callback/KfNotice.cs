namespace Kf.WeCom.Callback;

/// <summary>
/// The decrypted <c>kf_msg_or_event</c> notice: "there is something to sync for this account".
/// The <see cref="Token"/> is valid 10 minutes and lifts sync_msg's strict rate limit.
/// </summary>
public sealed record KfNotice(string ToUserName, long CreateTime, string OpenKfId, string Token);
