namespace Kf.WeCom.Api;

/// <summary>The cached token of one (corpid, secret) and its refresh in flight, guarded by <see cref="Gate"/>.</summary>
internal sealed class AccessTokenSlot
{
    public object Gate { get; } = new();

    public AccessToken? Current { get; set; }

    public Task<AccessToken>? Refresh { get; set; }
}
