using System.Diagnostics.Metrics;
using Kf.WeCom.Crypto;

namespace Kf.Ingress.Diagnostics;

// Meter "Kf.Ingress", exported on /metrics by the default "Kf" prefix.
internal sealed class IngressMetrics
{
    public const string MeterName = "Kf.Ingress";

    private readonly Counter<long> _callbacks;
    private readonly Counter<long> _rejections;
    private readonly Histogram<double> _ackDuration;

    public IngressMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _callbacks = meter.CreateCounter<long>("kf.ingress.callbacks", description: "Callback requests answered, by outcome.");
        _rejections = meter.CreateCounter<long>("kf.ingress.rejections", description: "Callbacks answered with a 4xx, by reason.");
        _ackDuration = meter.CreateHistogram<double>("kf.ingress.ack.duration", unit: "ms",
            description: "From the request reaching the handler to its answer, by outcome.");
    }

    public void Answered(string outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _callbacks.Add(1, tag);
        _ackDuration.Record(elapsed.TotalMilliseconds, tag);
    }

    public void Rejected(CallbackError reason) =>
        _rejections.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
}
