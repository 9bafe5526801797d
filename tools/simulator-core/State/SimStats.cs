namespace Kf.Simulator.State;

/// <summary>Counters for <c>GET /sim/stats</c>. Not thread-safe: callers hold the state gate.</summary>
internal sealed class SimStats
{
    public Dictionary<string, long> ApiCalls { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> SendsByErrcode { get; } = new(StringComparer.Ordinal);

    public long CallbacksPushed { get; set; }

    public long CallbackAttempts { get; set; }

    public long CallbacksDelivered { get; set; }

    public long CallbacksFailed { get; set; }

    public long CallbacksDropped { get; set; }

    public long CallbacksSuspended { get; set; }

    public long DuplicateSends { get; set; }

    public void CountCall(string api) => ApiCalls[api] = ApiCalls.GetValueOrDefault(api) + 1;

    public void CountSend(int errcode)
    {
        var key = errcode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        SendsByErrcode[key] = SendsByErrcode.GetValueOrDefault(key) + 1;
    }

    public void Clear()
    {
        ApiCalls.Clear();
        SendsByErrcode.Clear();
        CallbacksPushed = CallbackAttempts = CallbacksDelivered = CallbacksFailed = 0;
        CallbacksDropped = CallbacksSuspended = DuplicateSends = 0;
    }
}
