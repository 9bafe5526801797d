namespace Kf.WeCom.Callback;

/// <summary>The outer, unencrypted POST body: <c>&lt;xml&gt;&lt;ToUserName/&gt;&lt;Encrypt/&gt;&lt;AgentID/&gt;&lt;/xml&gt;</c>.</summary>
/// <param name="ToUserName">The CorpID the callback claims to be for (checked again inside the ciphertext).</param>
/// <param name="Encrypt">The base64 ciphertext the signature covers.</param>
/// <param name="AgentId">Empty for 微信客服 callbacks.</param>
public sealed record CallbackEnvelope(string? ToUserName, string Encrypt, string? AgentId);
