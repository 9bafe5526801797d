using Kf.Coordination.Tests.Backends;
using Kf.Coordination;

namespace Kf.Coordination.Tests.Contracts;

// Fixed windows shared by every replica (invariant 6: per-account send rate under the ceiling).
public abstract class RateCounterContract<TBackend> : CoordinationContract<TBackend>
    where TBackend : ICoordinationBackend, new()
{
    private readonly string _key = NewKey("rate");

    [Fact]
    public async Task Should_allow_up_to_the_limit_then_refuse_when_the_window_is_full()
    {
        var counter = Backend.RateCounter();
        var decisions = new List<RateDecision>();
        for (var i = 0; i < 4; i++)
        {
            decisions.Add(await counter.TryAcquireAsync(_key, 3, Long));
        }

        Assert.Equal([true, true, true, false], decisions.Select(d => d.Allowed));
        Assert.Equal([1L, 2L, 3L, 3L], decisions.Select(d => d.Count));
    }

    [Fact]
    public async Task Should_say_how_long_to_wait_when_refused()
    {
        await Backend.RateCounter().TryAcquireAsync(_key, 1, Long);

        var refused = await Backend.RateCounter().TryAcquireAsync(_key, 1, Long);

        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromTicks(1), Long);
    }

    [Fact]
    public async Task Should_allow_again_when_the_window_has_passed()
    {
        Assert.True((await Backend.RateCounter().TryAcquireAsync(_key, 1, Short)).Allowed);
        await Backend.AdvanceAsync(Short);

        var next = await Backend.RateCounter().TryAcquireAsync(_key, 1, Short);

        Assert.Equal(new RateDecision(true, 1, TimeSpan.Zero), next);
    }

    [Fact]
    public async Task Should_grant_exactly_the_limit_when_50_callers_race()
    {
        var decisions = await RaceAsync(50, i => Backend.RateCounter(i).TryAcquireAsync(_key, 10, Long));

        Assert.Equal(10, decisions.Count(d => d.Allowed));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => (long)n), decisions.Where(d => d.Allowed).Select(d => d.Count).Order());
    }

    [Fact]
    public async Task Should_count_keys_apart_when_two_accounts_send()
    {
        await Backend.RateCounter().TryAcquireAsync(_key, 1, Long);

        Assert.True((await Backend.RateCounter().TryAcquireAsync(_key + "-other", 1, Long)).Allowed);
    }
}
