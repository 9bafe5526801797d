using Kf.WeCom.Api;
using Kf.WeCom.Models;
using Kf.WeCom.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kf.WeCom.Tests;

public sealed class AccessTokenCacheTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly AccessTokenCache _cache;
    private int _fetches;

    public AccessTokenCacheTests()
    {
        var options = Options.Create(new WeComOptions { TokenRefreshAhead = TimeSpan.FromMinutes(5) });
        _cache = new AccessTokenCache(_time, options, NullLogger<AccessTokenCache>.Instance);
    }

    [Fact]
    public async Task Should_fetch_once_when_100_callers_ask_at_the_same_time()
    {
        var gate = new TaskCompletionSource();
        var callers = Enumerable.Range(0, 100)
            .Select(_ => _cache.GetAsync("corp", "secret", _ => GatedFetch(gate)).AsTask())
            .ToArray();
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, _fetches);
        Assert.All(tokens, token => Assert.Same(tokens[0], token));
    }

    [Fact]
    public async Task Should_reuse_the_token_until_refresh_ahead_and_refresh_after()
    {
        var first = await _cache.GetAsync("corp", "secret", Fetch);
        _time.Advance(TimeSpan.FromSeconds(7200 - 300 - 1));
        var beforeRefresh = await _cache.GetAsync("corp", "secret", Fetch);
        _time.Advance(TimeSpan.FromSeconds(2));
        var afterRefresh = await _cache.GetAsync("corp", "secret", Fetch);

        Assert.Same(first, beforeRefresh);
        Assert.Equal("token-2", afterRefresh.Value);
        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task Should_fetch_again_when_the_token_has_expired()
    {
        await _cache.GetAsync("corp", "secret", Fetch);
        _time.Advance(TimeSpan.FromHours(3));

        var token = await _cache.GetAsync("corp", "secret", Fetch);

        Assert.Equal("token-2", token.Value);
    }

    [Fact]
    public async Task Should_keep_tokens_apart_when_corp_or_secret_differ()
    {
        var a = await _cache.GetAsync("corp", "secret-a", Fetch);
        var b = await _cache.GetAsync("corp", "secret-b", Fetch);
        var c = await _cache.GetAsync("other-corp", "secret-a", Fetch);

        Assert.Equal(["token-1", "token-2", "token-3"], new[] { a.Value, b.Value, c.Value });
    }

    [Fact]
    public async Task Should_retry_on_the_next_call_when_a_fetch_failed()
    {
        await Assert.ThrowsAsync<WeComApiException>(() =>
            _cache.GetAsync("corp", "secret", _ => throw new WeComApiException("gettoken", 40001, "bad secret")).AsTask());

        var token = await _cache.GetAsync("corp", "secret", Fetch);

        Assert.Equal("token-1", token.Value);
    }

    [Fact]
    public async Task Should_return_the_still_valid_token_when_an_early_refresh_fails()
    {
        var first = await _cache.GetAsync("corp", "secret", Fetch);
        _time.Advance(TimeSpan.FromSeconds(7200 - 60));

        var token = await _cache.GetAsync("corp", "secret", _ => throw new HttpRequestException("down"));

        Assert.Same(first, token);
    }

    [Fact]
    public async Task Should_drop_the_token_only_when_it_is_still_the_cached_one()
    {
        var first = await _cache.GetAsync("corp", "secret", Fetch);
        Assert.True(_cache.Invalidate("corp", "secret", first));
        var second = await _cache.GetAsync("corp", "secret", Fetch);

        var droppedAgain = _cache.Invalidate("corp", "secret", first);
        var current = await _cache.GetAsync("corp", "secret", Fetch);

        Assert.False(droppedAgain);
        Assert.Same(second, current);
        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task Should_let_other_callers_have_the_token_when_one_caller_cancels()
    {
        var gate = new TaskCompletionSource();
        using var cancel = new CancellationTokenSource();
        var cancelled = _cache.GetAsync("corp", "secret", _ => GatedFetch(gate), cancel.Token).AsTask();
        var patient = _cache.GetAsync("corp", "secret", _ => GatedFetch(gate)).AsTask();

        await cancel.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal("token-1", (await patient).Value);
        Assert.Equal(1, _fetches);
    }

    [Fact]
    public async Task Should_refresh_at_half_life_when_the_lifetime_is_shorter_than_the_refresh_ahead()
    {
        var first = await _cache.GetAsync("corp", "secret", _ => Fetch(expiresIn: 120));

        Assert.Equal(first.ExpiresAt - TimeSpan.FromSeconds(60), first.RefreshAt);
        Assert.DoesNotContain(first.Value, first.ToString(), StringComparison.Ordinal);
    }

    private Task<GetTokenResponse> Fetch(CancellationToken cancellationToken) => Fetch();

    private Task<GetTokenResponse> Fetch(int expiresIn = 7200)
    {
        var n = Interlocked.Increment(ref _fetches);
        return Task.FromResult(new GetTokenResponse { AccessToken = $"token-{n}", ExpiresIn = expiresIn });
    }

    private async Task<GetTokenResponse> GatedFetch(TaskCompletionSource gate)
    {
        await gate.Task;
        return await Fetch();
    }
}
