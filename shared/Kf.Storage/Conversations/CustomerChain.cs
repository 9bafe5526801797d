namespace Kf.Storage.Conversations;

/// <summary>The tail of a customer's reply chain, read before planning and checked when the plan is stored.</summary>
/// <param name="LastSendMsgId">The send msgid of the customer's latest planned part; null before the first.</param>
/// <param name="Version">Compare-and-set token: 0 when the customer has no chain yet.</param>
public sealed record CustomerChain(string? LastSendMsgId, long Version);
