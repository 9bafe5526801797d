namespace Kf.Simulator.State;

/// <summary>Active faults, consumed in the order they were added. Not thread-safe: callers hold the state gate.</summary>
internal sealed class FaultSet
{
    private readonly List<Fault> _faults = [];

    public IReadOnlyList<Fault> All => _faults;

    public void Add(Fault fault)
    {
        if (_faults.Count >= 1000)
        {
            throw new InvalidOperationException("At most 1000 faults at once: DELETE /sim/faults first.");
        }

        _faults.Add(fault);
    }

    /// <summary>Takes one use of the first matching counted-or-open fault; returns it or null.</summary>
    public Fault? Take(string kind, string? api = null)
    {
        var fault = _faults.FirstOrDefault(f => f.Kind == kind && (api is null || f.Api == api) && f.Remaining is null or > 0);
        if (fault?.Remaining is { } remaining)
        {
            fault.Remaining = remaining - 1;
            if (fault.Remaining == 0)
            {
                _faults.Remove(fault);
            }
        }

        return fault;
    }

    public bool IsCallbackSuspended(DateTimeOffset now) =>
        _faults.Any(f => f.Kind == Fault.CallbackSuspend && f.Until > now);

    public void Clear() => _faults.Clear();
}
