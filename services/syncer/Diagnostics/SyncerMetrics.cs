using System.Diagnostics.Metrics;
using Kf.Storage;

namespace Kf.Syncer.Diagnostics;

/// <summary>Instruments on the <c>Kf.Syncer</c> meter (exported on <c>/metrics</c> under the default <c>Kf</c> prefix).</summary>
internal sealed class SyncerMetrics
{
    public const string MeterName = "Kf.Syncer";

    private readonly Counter<long> _handled;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _pulls;
    private readonly Histogram<double> _pullDuration;

    public SyncerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _handled = meter.CreateCounter<long>("kf.syncer.messages", description: "Pulled messages by disposition (Published, EventPublished, Stale, ServicerMessage, Ignored).");
        _skipped = meter.CreateCounter<long>("kf.syncer.messages.skipped", description: "Pulled messages already handled (claim confirmed or in the message log).");
        _pulls = meter.CreateCounter<long>("kf.syncer.pulls", description: "Pulls by outcome.");
        _pullDuration = meter.CreateHistogram<double>("kf.syncer.pull.duration", unit: "s", description: "Time one pull held the account's lease.");
    }

    public void Handled(MessageDisposition disposition) =>
        _handled.Add(1, new KeyValuePair<string, object?>("disposition", disposition.ToString()));

    public void Skipped() => _skipped.Add(1);

    public void Pulled(Pulling.PullOutcome outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome.ToString());
        _pulls.Add(1, tag);
        _pullDuration.Record(elapsed.TotalSeconds, tag);
    }
}
