namespace Kf.Storage;

/// <summary>A customer of one 微信客服 account and the internal id Kf knows them by.</summary>
/// <param name="UserId">Kf's own stable id: what backends see (Coze's <c>user_id</c>), never the WeChat id.</param>
/// <param name="OpenKfId">The account the customer wrote to.</param>
/// <param name="ExternalUserId">WeChat's id of the customer.</param>
/// <param name="CreatedAt">The first contact.</param>
public sealed record Customer(string UserId, string OpenKfId, string ExternalUserId, DateTimeOffset CreatedAt);
