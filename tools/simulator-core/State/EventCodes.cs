namespace Kf.Simulator.State;

/// <summary>Codes for send_msg_on_event. Not thread-safe: callers hold the state gate.</summary>
internal sealed class EventCodes
{
    private readonly Dictionary<string, EventCode> _codes = new(StringComparer.Ordinal);

    public void Add(EventCode code)
    {
        if (_codes.Count > 10_000)
        {
            foreach (var stale in _codes.Values.Where(c => c.Used).Select(c => c.Code).ToList())
            {
                _codes.Remove(stale);
            }
        }

        _codes[code.Code] = code;
    }

    public EventCode? Find(string code) => _codes.GetValueOrDefault(code);

    public void Clear() => _codes.Clear();
}
