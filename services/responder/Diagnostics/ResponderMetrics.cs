using System.Diagnostics.Metrics;
using Kf.Storage.Conversations;

namespace Kf.Responder.Diagnostics;

/// <summary>Instruments on the <c>Kf.Responder</c> meter (exported on <c>/metrics</c> under the default <c>Kf</c> prefix).</summary>
internal sealed class ResponderMetrics
{
    public const string MeterName = "Kf.Responder";

    private readonly Counter<long> _planned;
    private readonly Counter<long> _replayed;
    private readonly Counter<long> _duplicates;
    private readonly Histogram<double> _backend;

    public ResponderMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _planned = meter.CreateCounter<long>("kf.responder.plans", description: "Answer plans stored, by outcome.");
        _replayed = meter.CreateCounter<long>("kf.responder.plans.replayed", description: "Stored plans published again after a crash or failed publish.");
        _duplicates = meter.CreateCounter<long>("kf.responder.messages.duplicate", description: "Messages already answered and published (redelivered or duplicated).");
        _backend = meter.CreateHistogram<double>("kf.responder.backend.duration", unit: "s", description: "Model answer time, by backend and result.");
    }

    public void Planned(AnswerOutcome outcome) => _planned.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    public void Replayed() => _replayed.Add(1);

    public void Duplicate() => _duplicates.Add(1);

    public void BackendAnswered(string backend, string result, TimeSpan elapsed) =>
        _backend.Record(elapsed.TotalSeconds, new("backend", backend), new("result", result));
}
