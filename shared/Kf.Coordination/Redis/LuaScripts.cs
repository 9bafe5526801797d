namespace Kf.Coordination.Redis;

// Every read-then-write runs as one script: Redis executes a script atomically, so no other client
// can slip between the check and the change.
internal static class LuaScripts
{
    // KEYS[1] claim; ARGV[1] "p:"+token, ARGV[2] pending ms. 1 claimed, 2 pending elsewhere, 3 confirmed.
    public const string Claim = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
        local v = redis.call('GET', KEYS[1])
        if v and string.sub(v, 1, 2) == 'c:' then return 3 end
        return 2
        """;

    // KEYS[1] claim; ARGV[1] "p:"+token, ARGV[2] "c:"+token, ARGV[3] final ms. 1 confirmed, 0 lost.
    public const string Confirm = """
        local v = redis.call('GET', KEYS[1])
        if v == ARGV[1] then
          redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
          return 1
        end
        if v == ARGV[2] then return 1 end
        return 0
        """;

    // KEYS[1]; ARGV[1] expected value. Deletes only what the caller still owns.
    public const string CompareAndDelete = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    // KEYS[1] lease, KEYS[2] fence counter (no TTL: fences must keep rising after a lease lapses);
    // ARGV[1] token, ARGV[2] ms. Returns the new fence, or 0 when held.
    public const string AcquireLease = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
          return redis.call('INCR', KEYS[2])
        end
        return 0
        """;

    // KEYS[1] lease; ARGV[1] token, ARGV[2] ms.
    public const string RenewLease = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;

    // KEYS[1] counter; ARGV[1] limit, ARGV[2] window ms. Returns {allowed, count, ms left when refused}.
    // The PTTL guard heals a counter left without expiry, which would otherwise refuse forever.
    public const string Acquire = """
        local n = tonumber(redis.call('GET', KEYS[1]) or '0')
        if n >= tonumber(ARGV[1]) then
          local left = redis.call('PTTL', KEYS[1])
          if left < 0 then
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            left = tonumber(ARGV[2])
          end
          return {0, n, left}
        end
        n = redis.call('INCR', KEYS[1])
        if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return {1, n, 0}
        """;
}
