namespace Kf.Simulator.State;

internal sealed record MediaItem(string MediaId, string Type, string FileName, string ContentType, byte[] Bytes, DateTimeOffset CreatedAt)
{
    /// <summary>Temporary media lives 3 days, as on the real server.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);
}
