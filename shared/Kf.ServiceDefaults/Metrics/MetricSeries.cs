namespace Kf.ServiceDefaults.Metrics;

// One label set of one instrument. Counters add, gauges and observed values replace, histograms
// keep count and sum (no buckets: enough for rates and means, honest about the rest).
internal sealed class MetricSeries(string labels)
{
    private readonly Lock _gate = new();
    private double _value;
    private long _count;

    public string Labels { get; } = labels;

    public void Add(double value)
    {
        lock (_gate)
        {
            _value += value;
            _count++;
        }
    }

    public void Set(double value)
    {
        lock (_gate)
        {
            _value = value;
        }
    }

    public (double Value, long Count) Read()
    {
        lock (_gate)
        {
            return (_value, _count);
        }
    }
}
