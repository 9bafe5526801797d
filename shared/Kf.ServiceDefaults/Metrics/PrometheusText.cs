using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Kf.ServiceDefaults.Metrics;

// Prometheus text exposition format 0.0.4, the subset our aggregation can honestly fill.
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Counters, up-down counters and histograms report deltas; observable instruments and gauges
    // report the current value.
    public static bool Accumulates(Instrument instrument) =>
        Kind(instrument) is "Counter`1" or "UpDownCounter`1" or "Histogram`1";

    public static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return "";
        }

        var pairs = new List<string>(tags.Length);
        foreach (var (key, value) in tags)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            pairs.Add($"{Name(key)}=\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join(',', pairs);
    }

    public static void Write(StringBuilder text, Instrument instrument, IEnumerable<MetricSeries> series)
    {
        var name = Name(instrument.Name);
        var kind = Kind(instrument);
        var (type, suffix) = kind switch
        {
            "Counter`1" or "ObservableCounter`1" => ("counter", "_total"),
            "Histogram`1" => ("summary", ""),
            _ => ("gauge", ""),
        };
        if (!string.IsNullOrEmpty(instrument.Description))
        {
            text.Append("# HELP ").Append(name).Append(suffix).Append(' ').Append(instrument.Description.Replace("\n", " ")).Append('\n');
        }

        text.Append("# TYPE ").Append(name).Append(suffix).Append(' ').Append(type).Append('\n');
        foreach (var s in series)
        {
            var (value, count) = s.Read();
            if (type == "summary")
            {
                Sample(text, name + "_sum", s.Labels, value);
                Sample(text, name + "_count", s.Labels, count);
            }
            else
            {
                Sample(text, name + suffix, s.Labels, value);
            }
        }
    }

    private static void Sample(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Kind(Instrument instrument) => instrument.GetType().Name;

    private static string Name(string raw)
    {
        var name = new StringBuilder(raw.Length + 1);
        foreach (var c in raw)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return name.Length > 0 && char.IsAsciiDigit(name[0]) ? "_" + name : name.ToString();
    }
}
