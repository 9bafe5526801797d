namespace Kf.Simulator.State;

/// <summary>Sessions by (open_kfid, external_userid). Not thread-safe: callers hold the state gate.</summary>
internal sealed class SessionTable
{
    private readonly Dictionary<SessionKey, Session> _sessions = [];

    public IEnumerable<Session> All => _sessions.Values;

    public Session? Find(string openKfId, string externalUserId) =>
        _sessions.GetValueOrDefault(new SessionKey(openKfId, externalUserId));

    public Session GetOrAdd(string openKfId, string externalUserId)
    {
        var key = new SessionKey(openKfId, externalUserId);
        if (!_sessions.TryGetValue(key, out var session))
        {
            session = new Session(key);
            _sessions.Add(key, session);
        }

        return session;
    }

    public bool KnowsCustomer(string externalUserId) => _sessions.Keys.Any(k => k.ExternalUserId == externalUserId);

    public void Clear() => _sessions.Clear();
}
