namespace Kf.Coordination.Redis;

/// <summary>
/// Key layout: <c>{prefix}claim:{msgid}</c>, <c>{prefix}lease:{key}</c> with <c>{prefix}fence:{key}</c>,
/// <c>{prefix}rate:{key}</c>. Lease and fence share a <c>{…}</c> hash tag so one script may touch both
/// on Redis Cluster.
/// </summary>
/// <param name="Prefix">Namespace for every key, e.g. <c>kf:</c>; tests use a unique one per run.</param>
public sealed record RedisKeys(string Prefix)
{
    /// <summary>The production prefix.</summary>
    public static readonly RedisKeys Default = new("kf:");

    internal string Claim(string msgId) => $"{Prefix}claim:{msgId}";

    internal string Lease(string key) => $"{Prefix}lease:{{{key}}}";

    internal string Fence(string key) => $"{Prefix}fence:{{{key}}}";

    internal string Rate(string key) => $"{Prefix}rate:{key}";
}
