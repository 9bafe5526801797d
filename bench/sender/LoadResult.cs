namespace Kf.Sender.Bench;

internal sealed record LoadResult(double Seconds, long Calls, long Holds);
