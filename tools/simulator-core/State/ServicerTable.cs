namespace Kf.Simulator.State;

/// <summary>
/// Servicers and their status as servicer/list reports it (0 serving, 1 stopped). A
/// <c>servicer_status_change</c> event injected through the control API flips it.
/// Not thread-safe: callers hold the state gate.
/// </summary>
internal sealed class ServicerTable(IReadOnlyList<string> userIds)
{
    public const int Serving = 0;
    public const int Stopped = 1;

    private readonly Dictionary<string, int> _status = userIds.ToDictionary(u => u, _ => Serving, StringComparer.Ordinal);

    public IReadOnlyList<string> UserIds { get; } = userIds;

    public int? StatusOf(string userId) => _status.TryGetValue(userId, out var s) ? s : null;

    public void Set(string userId, int status)
    {
        if (_status.ContainsKey(userId))
        {
            _status[userId] = status;
        }
    }

    public void Reset()
    {
        foreach (var id in UserIds)
        {
            _status[id] = Serving;
        }
    }
}
