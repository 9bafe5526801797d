using System.Diagnostics.Metrics;

namespace Kf.Sender.Diagnostics;

/// <summary>Instruments on the <c>Kf.Sender</c> meter (exported on <c>/metrics</c> under the default <c>Kf</c> prefix).</summary>
internal sealed class SenderMetrics
{
    public const string MeterName = "Kf.Sender";

    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _holds;
    private readonly Counter<long> _duplicates;
    private readonly Histogram<double> _sendDuration;

    public SenderMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _delivered = meter.CreateCounter<long>("kf.sender.delivered", description: "Parts send_msg accepted.");
        _failed = meter.CreateCounter<long>("kf.sender.failed", description: "Parts given up on, by errcode (none: no WeCom answer, throttled, invalid part).");
        _retries = meter.CreateCounter<long>("kf.sender.retries", description: "Delayed redeliveries after a retryable send_msg error, by errcode.");
        _holds = meter.CreateCounter<long>("kf.sender.holds", description: "Parts put back before sending, by reason (Order, Rate, Claimed).");
        _duplicates = meter.CreateCounter<long>("kf.sender.duplicates", description: "Commands whose send msgid was already final in the ledger: not sent again.");
        _sendDuration = meter.CreateHistogram<double>("kf.sender.send.duration", unit: "s", description: "One send_msg call, token refresh included.");
    }

    public void Delivered() => _delivered.Add(1);

    public void Failed(int? errCode) => _failed.Add(1, Tag("errcode", errCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"));

    public void Retried(int? errCode) => _retries.Add(1, Tag("errcode", errCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"));

    public void Held(HoldReason reason) => _holds.Add(1, Tag("reason", reason.ToString()));

    public void Duplicate() => _duplicates.Add(1);

    public void Sent(Sending.SendResult result, TimeSpan elapsed) => _sendDuration.Record(elapsed.TotalSeconds, Tag("result", result.ToString()));

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
