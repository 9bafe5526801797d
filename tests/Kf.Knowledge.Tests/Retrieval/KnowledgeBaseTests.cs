using Kf.Knowledge.Embeddings;
using Kf.Knowledge.Retrieval;
using Kf.Knowledge.Tests.Support;
using Kf.Testing.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Tests.Retrieval;

public sealed class KnowledgeBaseTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly ListKnowledgeStore _store = new();
    private readonly SteppedClock _clock = new();
    private readonly RecordingLogger<KnowledgeBase> _log = new();

    [Fact]
    public async Task Should_search_lexically_alone_when_there_is_no_embedding_client()
    {
        _store.Put("shop", Faq(1, "退货运费由谁承担？", "买家承担。", "hashing-256"), Faq(2, "多久发货？", "24小时内。", "hashing-256"));

        var hits = await Create().SearchAsync("shop", "退货的运费谁出", 4, default);

        Assert.Equal(1, hits[0].Chunk.Id);
        Assert.All(hits, hit => Assert.Null(hit.VectorRank));
        Assert.All(hits, hit => Assert.Null(hit.Cosine));
        Assert.Equal(1, hits[0].LexicalRank);
    }

    [Fact]
    public async Task Should_fuse_vector_ranks_in_when_the_chunks_carry_the_clients_model()
    {
        var client = new HashingEmbeddingClient();
        _store.Put("shop", Faq(1, "退货运费由谁承担？", "买家承担。", client.Model), Faq(2, "多久发货？", "24小时内。", client.Model));

        var hits = await Create(client).SearchAsync("shop", "退货的运费谁出", 4, default);

        Assert.Equal(1, hits[0].Chunk.Id);
        Assert.Equal(1, hits[0].VectorRank);
        Assert.NotNull(hits[0].Cosine);
        Assert.Null(hits[0].Chunk.Embedding); // held once, in the vector index
        Assert.Equal(1, client.Calls);
    }

    [Fact]
    public async Task Should_fall_back_to_lexical_and_warn_without_the_query_when_embedding_the_query_fails()
    {
        var client = new FailingEmbeddingClient("hashing-256", new TimeoutException("sk-secret 退货的运费谁出"));
        _store.Put("shop", Faq(1, "退货运费由谁承担？", "买家承担。", client.Model), Faq(2, "多久发货？", "24小时内。", client.Model));

        var hits = await Create(client).SearchAsync("shop", "退货的运费谁出", 4, default);

        Assert.Equal(1, hits[0].Chunk.Id);
        Assert.All(hits, hit => Assert.Null(hit.VectorRank));
        Assert.Equal(1, client.Calls);
        var warning = Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("KnowledgeQueryEmbeddingFailed", warning.Event);
        Assert.Contains("TimeoutException", warning.Message);
        Assert.DoesNotContain("运费", warning.Message);
        Assert.DoesNotContain("sk-secret", warning.Message);
    }

    [Fact]
    public async Task Should_fall_back_to_lexical_when_embedding_the_query_outlasts_Embeddings_QueryTimeoutSeconds()
    {
        var client = new HangingEmbeddingClient("hashing-256");
        _store.Put("shop", Faq(1, "退货运费由谁承担？", "买家承担。", client.Model), Faq(2, "多久发货？", "24小时内。", client.Model));
        var knowledge = new KnowledgeBase(
            _store, Options.Create(new KnowledgeOptions { RefreshInterval = Interval }), _log, _clock, client,
            Options.Create(new EmbeddingOptions { QueryTimeoutSeconds = 1 }));

        var search = knowledge.SearchAsync("shop", "退货的运费谁出", 4, default);

        Assert.Same(search, await Task.WhenAny(search, Task.Delay(TimeSpan.FromSeconds(30))));
        var hits = await search;
        Assert.Equal(1, hits[0].Chunk.Id);
        Assert.All(hits, hit => Assert.Null(hit.VectorRank));
        Assert.True(client.Cancelled);
        Assert.Equal("KnowledgeQueryEmbeddingFailed", Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning).Event);
    }

    [Fact]
    public async Task Should_not_call_the_embedding_client_when_no_chunk_has_a_vector_of_its_model()
    {
        var client = new HashingEmbeddingClient();
        _store.Put("shop", Faq(1, "退货运费由谁承担？", "买家承担。", "another-model"));

        var hits = await Create(client).SearchAsync("shop", "运费", 4, default);

        Assert.Equal(1, hits.Single().Chunk.Id);
        Assert.Equal(0, client.Calls);
    }

    [Fact]
    public async Task Should_rebuild_when_the_version_moved_and_the_interval_passed()
    {
        _store.Put("shop", Faq(1, "多久发货？", "24小时内。", null));
        var knowledge = Create();
        Assert.Empty(await knowledge.SearchAsync("shop", "开票", 4, default));

        _store.Put("shop", Faq(1, "多久发货？", "24小时内。", null), Faq(2, "可以开票吗？", "可以。", null));
        _clock.Step(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await knowledge.SearchAsync("shop", "开票", 4, default)); // not checked yet
        _clock.Step(TimeSpan.FromMilliseconds(1));

        var hits = await knowledge.SearchAsync("shop", "开票", 4, default);

        Assert.Equal(2, hits.Single().Chunk.Id);
        Assert.Equal(2, _store.Loads);
    }

    [Fact]
    public async Task Should_check_the_version_but_not_reload_when_it_did_not_move()
    {
        _store.Put("shop", Faq(1, "多久发货？", "24小时内。", null));
        var knowledge = Create();
        await knowledge.SearchAsync("shop", "发货", 4, default);

        _clock.Step(Interval);
        await knowledge.SearchAsync("shop", "发货", 4, default);
        await knowledge.SearchAsync("shop", "发货", 4, default);

        Assert.Equal(1, _store.Loads);
        Assert.Equal(2, _store.VersionReads); // the first load's, then one check: the second search was within the interval
    }

    [Fact]
    public async Task Should_keep_searching_the_old_snapshot_when_a_refresh_fails()
    {
        _store.Put("shop", Faq(1, "多久发货？", "24小时内。", null));
        var knowledge = Create();
        await knowledge.SearchAsync("shop", "发货", 4, default);

        _store.Failure = new InvalidOperationException("database down");
        _clock.Step(Interval);
        var hits = await knowledge.SearchAsync("shop", "发货", 4, default);

        Assert.Equal(1, hits.Single().Chunk.Id);
        Assert.Contains(_log.Entries, e => e.Event == "KnowledgeRefreshFailed");
    }

    [Fact]
    public async Task Should_share_one_first_load_when_searches_arrive_together()
    {
        _store.Put("shop", Faq(1, "多久发货？", "24小时内。", null));
        var knowledge = Create();

        var searches = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => knowledge.SearchAsync("shop", "发货", 4, default))));

        Assert.All(searches, hits => Assert.Equal(1, hits.Single().Chunk.Id));
        Assert.Equal(1, _store.Loads);
    }

    [Fact]
    public async Task Should_keep_profiles_apart_and_say_which_hold_knowledge()
    {
        _store.Put("shop", Faq(1, "多久发货？", "24小时内。", null));
        var knowledge = Create();

        Assert.True(await knowledge.HasKnowledgeAsync("shop", default));
        Assert.False(await knowledge.HasKnowledgeAsync("other", default));
        Assert.Empty(await knowledge.SearchAsync("other", "发货", 4, default));
        Assert.Empty(await knowledge.SearchAsync("shop", "  ？ ", 4, default));
    }

    [Fact]
    public async Task Should_refuse_a_top_below_one()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Create().SearchAsync("shop", "发货", 0, default));
    }

    private KnowledgeBase Create(IEmbeddingClient? embeddings = null) =>
        new(_store, Options.Create(new KnowledgeOptions { RefreshInterval = Interval }), _log, _clock, embeddings);

    private static Storage.Knowledge.KnowledgeChunk Faq(long id, string question, string answer, string? model) =>
        Chunks.Faq(id, question, answer, model is null ? null : Chunks.Hashing, model);
}
