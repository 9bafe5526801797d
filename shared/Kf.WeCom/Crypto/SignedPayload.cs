namespace Kf.WeCom.Crypto;

/// <summary>An encrypted payload with the signature WeCom would send beside it.</summary>
public sealed record SignedPayload(string Encrypt, string Signature, string Timestamp, string Nonce);
