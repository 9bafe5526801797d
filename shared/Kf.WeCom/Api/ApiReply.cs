namespace Kf.WeCom.Api;

/// <summary>What one exchange produced: WeCom's errcode and errmsg, and the value when errcode is 0.</summary>
internal readonly record struct ApiReply<T>(int ErrCode, string ErrMsg, T? Value);
