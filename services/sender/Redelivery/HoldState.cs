using MassTransit;

namespace Kf.Sender.Redelivery;

/// <summary>
/// How often and since when a part has been held back (order, rate, another sender's claim), carried
/// in headers across redeliveries so that holding is bounded by <see cref="SenderOptions.MaxHold"/>.
/// </summary>
internal sealed record HoldState(int Holds, DateTimeOffset? Since)
{
    public const string HoldsHeader = "Kf-Sender-Holds";
    public const string SinceHeader = "Kf-Sender-Held-Since";

    public static readonly HoldState None = new(0, null);

    public static HoldState Read(Headers headers) => new(
        headers.TryGetHeader(HoldsHeader, out var holds) && int.TryParse(holds?.ToString(), out var count) ? count : 0,
        headers.TryGetHeader(SinceHeader, out var since) && long.TryParse(since?.ToString(), out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);

    /// <summary>One hold more, starting the clock at the first.</summary>
    public HoldState Next(DateTimeOffset now) => new(Holds + 1, Since ?? now);

    public bool Exceeded(DateTimeOffset now, TimeSpan maxHold) => Since is { } since && now - since >= maxHold;

    public void WriteTo(SendHeaders headers)
    {
        if (Since is { } since)
        {
            headers.Set(HoldsHeader, Holds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            headers.Set(SinceHeader, since.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
