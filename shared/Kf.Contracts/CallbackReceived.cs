namespace Kf.Contracts;

/// <summary>
/// Ingress verified and decrypted a 微信客服 <c>kf_msg_or_event</c> callback: there is something to
/// pull for <see cref="OpenKfId"/>. Carries no customer content; the syncer fetches it with sync_msg.
/// </summary>
public sealed record CallbackReceived
{
    /// <summary>The customer-service account (<c>OpenKfId</c>) that has new messages or events.</summary>
    public required string OpenKfId { get; init; }

    /// <summary>
    /// The callback's <c>Token</c> for sync_msg: valid 10 minutes, it lifts sync_msg's strict rate
    /// limit. Null when the callback carried none (the syncer then pulls without it).
    /// </summary>
    public string? SyncToken { get; init; }

    /// <summary>When ingress accepted the callback (ingress clock), so the syncer can drop expired tokens.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The CorpID the callback was addressed to (its <c>ToUserName</c>), already checked by ingress.</summary>
    public required string CorpId { get; init; }
}
