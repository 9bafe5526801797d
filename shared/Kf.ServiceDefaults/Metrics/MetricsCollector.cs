using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Options;

namespace Kf.ServiceDefaults.Metrics;

/// <summary>
/// Aggregates <see cref="System.Diagnostics.Metrics"/> instruments in memory for <c>/metrics</c>.
/// Our package source has no OpenTelemetry Prometheus exporter, so this small listener stands in.
/// </summary>
internal sealed class MetricsCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, ConcurrentDictionary<string, MetricSeries>> _instruments = new();
    private readonly string[] _meters;

    public MetricsCollector(IOptions<MetricsOptions> options)
    {
        _meters = options.Value.Meters ?? [.. MetricsOptions.DefaultMeters];
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (Exported(instrument.Meter.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out var _);
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<float>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>Samples the observable instruments, then renders everything in Prometheus text format.</summary>
    public string Scrape()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var (instrument, series) in _instruments.OrderBy(i => i.Key.Name, StringComparer.Ordinal))
        {
            PrometheusText.Write(text, instrument, series.Values.OrderBy(s => s.Labels, StringComparer.Ordinal));
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private bool Exported(string meter) =>
        _meters.Any(m => meter == m || meter.StartsWith(m + ".", StringComparison.Ordinal));

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = PrometheusText.Labels(tags);
        var series = _instruments.GetOrAdd(instrument, _ => new()).GetOrAdd(labels, l => new MetricSeries(l));
        if (PrometheusText.Accumulates(instrument))
        {
            series.Add(value);
        }
        else
        {
            series.Set(value);
        }
    }
}
