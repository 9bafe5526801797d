namespace Kf.Ingress.Bench;

// One measured step: answers by status and the client-side ack latencies of the 200s, in ms.
internal sealed record StepResult(string Name, TimeSpan Elapsed, long Ok, long NotOk, long Dropped, double[] LatenciesMs)
{
    public double PerSecond => Ok / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() =>
        $"{Name,-22} {PerSecond,9:F0}/s  ok {Ok,7}  non-200 {NotOk,5}  dropped {Dropped,5}  "
        + $"p50 {Percentile(50),7:F2} ms  p99 {Percentile(99),7:F2} ms  max {(LatenciesMs.Length > 0 ? LatenciesMs.Max() : double.NaN),8:F2} ms";
}
