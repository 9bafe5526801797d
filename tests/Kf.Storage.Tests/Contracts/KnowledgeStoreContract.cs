using System.Security.Cryptography;
using System.Text;
using Kf.Storage.Knowledge;
using Kf.Storage.Sql;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The knowledge base's documents and chunks: created, replaced, left alone or refused as a duplicate
// in one transaction; a version that moves on every change; embeddings that read back bit for bit.
public abstract class KnowledgeStoreContract<TBackend>(TBackend backend) : StoreContract<TBackend>(backend)
    where TBackend : StorageBackend
{
    private readonly string _profile = NewKey("p");

    private IKnowledgeStore Store => new SqlKnowledgeStore(Backend.Database, Time);

    [Fact]
    public async Task Should_create_the_document_and_move_the_version_when_a_new_name_is_saved()
    {
        Assert.Equal(0, await Store.GetVersionAsync(_profile));

        var saved = await SaveAsync("退货政策.md", "七天无理由退货。", "运费由买家承担。");

        var expected = new KnowledgeDocument(saved.Document.Id, _profile, "退货政策.md", "markdown", Hash("七天无理由退货。", "运费由买家承担。"), 2, Start);
        Assert.Equal(new DocumentSave(DocumentSaveStatus.Created, expected), saved);
        Assert.Equal(expected, await Store.FindDocumentAsync(_profile, "退货政策.md"));
        Assert.Equal([expected], await Store.ListDocumentsAsync(_profile));
        Assert.True(await Store.GetVersionAsync(_profile) > 0);
        var chunks = await Store.LoadChunksAsync(_profile);
        Assert.Equal(["七天无理由退货。", "运费由买家承担。"], chunks.Select(c => c.Text));
        Assert.All(chunks, c => Assert.Equal((saved.Document.Id, "退货政策.md", Hash(c.Text)), (c.DocumentId, c.DocumentName, c.ContentHash)));
        Assert.Equal([0, 1], chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public async Task Should_replace_the_chunks_and_move_the_version_when_the_name_is_saved_with_other_content()
    {
        var first = await SaveAsync("faq.md", "旧一", "旧二", "旧三");
        var before = await Store.GetVersionAsync(_profile);
        Time.Now = Start.AddMinutes(1);

        var second = await SaveAsync("faq.md", "新的唯一一段");

        Assert.Equal(DocumentSaveStatus.Replaced, second.Status);
        Assert.Equal(new KnowledgeDocument(first.Document.Id, _profile, "faq.md", "markdown", Hash("新的唯一一段"), 1, Start.AddMinutes(1)), second.Document);
        Assert.Equal(second.Document, await Store.FindDocumentAsync(_profile, "faq.md"));
        Assert.Equal(["新的唯一一段"], (await Store.LoadChunksAsync(_profile)).Select(c => c.Text));
        Assert.True(await Store.GetVersionAsync(_profile) > before);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_content_is_saved_under_the_same_name()
    {
        var first = await SaveAsync("faq.md", "一", "二");
        var version = await Store.GetVersionAsync(_profile);
        var chunks = await Store.LoadChunksAsync(_profile);
        Time.Now = Start.AddMinutes(1);

        var again = await SaveAsync("faq.md", "一", "二");

        Assert.Equal(new DocumentSave(DocumentSaveStatus.Unchanged, first.Document), again);
        Assert.Equal(version, await Store.GetVersionAsync(_profile));
        Assert.Equal(chunks.Select(c => (c.Id, c.Text)), (await Store.LoadChunksAsync(_profile)).Select(c => (c.Id, c.Text)));
    }

    [Fact]
    public async Task Should_store_nothing_and_return_the_holder_when_another_name_has_the_same_content()
    {
        var holder = await SaveAsync("a.md", "同样的内容");
        var version = await Store.GetVersionAsync(_profile);

        var duplicate = await SaveAsync("b.md", "同样的内容");

        Assert.Equal(new DocumentSave(DocumentSaveStatus.Duplicate, holder.Document), duplicate);
        Assert.Null(await Store.FindDocumentAsync(_profile, "b.md"));
        Assert.Equal([holder.Document], await Store.ListDocumentsAsync(_profile));
        Assert.Equal(version, await Store.GetVersionAsync(_profile));
        var elsewhere = await Store.SaveDocumentAsync(NewKey("p"), "b.md", "markdown", Hash("同样的内容"), [Chunk(0, "同样的内容")], null);
        Assert.Equal(DocumentSaveStatus.Created, elsewhere.Status);
    }

    [Fact]
    public async Task Should_delete_the_document_and_its_chunks_and_move_the_version_when_deleted()
    {
        var a = (await SaveAsync("a.md", "甲一", "甲二")).Document;
        var b = (await SaveAsync("b.md", "乙")).Document;
        var version = await Store.GetVersionAsync(_profile);

        Assert.False(await Store.DeleteDocumentAsync(NewKey("p"), a.Id));
        Assert.Equal(version, await Store.GetVersionAsync(_profile));
        Assert.True(await Store.DeleteDocumentAsync(_profile, a.Id));

        var deleted = await Store.GetVersionAsync(_profile);
        Assert.True(deleted > version);
        Assert.Equal([b], await Store.ListDocumentsAsync(_profile));
        Assert.Equal(["乙"], (await Store.LoadChunksAsync(_profile)).Select(c => c.Text));
        Assert.False(await Store.DeleteDocumentAsync(_profile, a.Id));
        Assert.Equal(deleted, await Store.GetVersionAsync(_profile));
        Assert.Equal(DocumentSaveStatus.Created, (await SaveAsync("c.md", "甲一", "甲二")).Status);
    }

    [Fact]
    public async Task Should_read_embeddings_back_bit_for_bit_and_keep_nulls_when_chunks_are_loaded()
    {
        float[] special = [0.1f, -0f, float.Epsilon, 1e-40f, float.MaxValue, float.MinValue, float.NaN, float.PositiveInfinity, MathF.PI];
        var random = new Random(42);
        var wide = Enumerable.Range(0, 3072).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        NewChunk[] chunks =
        [
            Chunk(0, "有向量的段落", special),
            Chunk(1, "没有向量的段落"),
            new(2, null, "问：运费多少？\n答：满 99 元包邮。", "运费多少？", "满 99 元包邮。", Hash("问：运费多少？\n答：满 99 元包邮。"), wide),
        ];
        await Store.SaveDocumentAsync(_profile, "mixed.md", "faq-markdown", Hash("mixed"), chunks, "text-embedding-v3");

        var loaded = await Store.LoadChunksAsync(_profile);

        Assert.Equal(special.Select(BitConverter.SingleToInt32Bits), loaded[0].Embedding!.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(wide.Select(BitConverter.SingleToInt32Bits), loaded[2].Embedding!.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(("text-embedding-v3", "标题 / 小节", false), (loaded[0].EmbeddingModel, loaded[0].Heading, loaded[0].IsFaq));
        Assert.Equal((null, null), (loaded[1].Embedding, loaded[1].EmbeddingModel));
        Assert.Equal((null, "运费多少？", "满 99 元包邮。", true), (loaded[2].Heading, loaded[2].Question, loaded[2].Answer, loaded[2].IsFaq));
    }

    [Fact]
    public async Task Should_return_only_that_models_vectors_when_embeddings_are_looked_up_by_hash()
    {
        var (model, other) = (NewKey("m"), NewKey("m"));
        await Store.SaveDocumentAsync(_profile, "a.md", "text", Hash("a"), [Chunk(0, "甲", [1f, 2f]), Chunk(1, "乙", [3f, 4f]), Chunk(2, "丙")], model);
        await Store.SaveDocumentAsync(NewKey("p"), "b.md", "text", Hash("b"), [Chunk(0, "甲", [5f, 6f]), Chunk(1, "丁", [7f, 8f])], other);

        var found = await Store.FindEmbeddingsAsync(model, [Hash("甲"), Hash("乙"), Hash("丙"), Hash("丁"), Hash("戊")]);

        Assert.Equal(new[] { Hash("甲"), Hash("乙") }.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { 1f, 2f }, found[Hash("甲")]);
        Assert.Equal(new[] { 3f, 4f }, found[Hash("乙")]);
        Assert.Equal(new[] { 5f, 6f }, Assert.Single(await Store.FindEmbeddingsAsync(other, [Hash("甲")])).Value);
        Assert.Empty(await Store.FindEmbeddingsAsync(model, []));
    }

    [Fact]
    public async Task Should_keep_chinese_and_emoji_when_a_document_round_trips()
    {
        const string name = "售后政策😀.md";
        const string text = "七天无理由退货，运费由买家承担。👍🏽🀄";
        var chunk = new NewChunk(0, "退换货 / 运费 🚚", text, "能退吗？😢", "可以退。✅", Hash(text), null);

        await Store.SaveDocumentAsync(_profile, name, "markdown", Hash(name), [chunk], null);

        Assert.Equal(name, (await Store.FindDocumentAsync(_profile, name))!.Name);
        var loaded = Assert.Single(await Store.LoadChunksAsync(_profile));
        Assert.Equal((name, chunk.Heading, text, chunk.Question, chunk.Answer), (loaded.DocumentName, loaded.Heading, loaded.Text, loaded.Question, loaded.Answer));
    }

    [Fact]
    public async Task Should_store_64_KiB_and_refuse_one_character_more_when_a_chunk_is_large()
    {
        var largest = new string('a', KnowledgeLimits.MaxChunkBytes);
        var tooLarge = new string('问', (KnowledgeLimits.MaxChunkBytes / 3) + 1);

        await Store.SaveDocumentAsync(_profile, "large.md", "text", Hash(largest), [Chunk(0, largest)], null);
        var version = await Store.GetVersionAsync(_profile);
        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.SaveDocumentAsync(_profile, "huge.md", "text", Hash(tooLarge), [Chunk(0, tooLarge)], null));

        Assert.Equal(largest, Assert.Single(await Store.LoadChunksAsync(_profile)).Text);
        Assert.Contains("64 KiB", refused.Message);
        Assert.Contains("huge.md", refused.Message);
        Assert.Null(await Store.FindDocumentAsync(_profile, "huge.md"));
        Assert.Equal(version, await Store.GetVersionAsync(_profile));
    }

    [Fact]
    public async Task Should_refuse_and_store_nothing_when_arguments_are_bad()
    {
        var good = Chunk(0, "正文");
        Task Save(string profile = "", string name = "n.md", string hash = "", NewChunk[]? chunks = null, string? model = null) =>
            Store.SaveDocumentAsync(profile.Length == 0 ? _profile : profile, name, "markdown", hash.Length == 0 ? Hash("x") : hash, chunks ?? [good], model);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveDocumentAsync(" ", "n.md", "markdown", Hash("x"), [good], null));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(name: " "));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(name: new string('名', KnowledgeLimits.MaxNameLength + 1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(profile: new string('p', KnowledgeLimits.MaxProfileLength + 1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(hash: Hash("x").ToUpperInvariant()));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(chunks: [good with { ContentHash = "abc" }]));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(chunks: [good, Chunk(0, "同一位置")]));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(chunks: [good with { Embedding = [1f] }]));
        await Assert.ThrowsAsync<ArgumentException>(() => Save(chunks: [good with { Embedding = [] }], model: "m"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FindDocumentAsync("", "n.md"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FindEmbeddingsAsync(" ", [Hash("x")]));

        Assert.Empty(await Store.ListDocumentsAsync(_profile));
        Assert.Equal(0, await Store.GetVersionAsync(_profile));
    }

    [Fact]
    public async Task Should_keep_one_document_with_its_own_chunks_when_saves_of_the_same_name_race()
    {
        var texts = Enumerable.Range(0, 4).Select(i => new[] { $"版本{i} 第一段", $"版本{i} 第二段", $"版本{i} 第三段" }).ToArray();

        var saves = await RaceAsync(4, i => SaveAsync("race.md", texts[i]));

        Assert.Equal(1, saves.Count(s => s.Status == DocumentSaveStatus.Created));
        Assert.Equal(3, saves.Count(s => s.Status == DocumentSaveStatus.Replaced));
        var document = Assert.Single(await Store.ListDocumentsAsync(_profile));
        var winner = Array.FindIndex(texts, t => Hash(t) == document.ContentHash);
        Assert.Equal(texts[winner], (await Store.LoadChunksAsync(_profile)).Select(c => c.Text));
        Assert.Equal(4, await Store.GetVersionAsync(_profile));
    }

    [Fact]
    public async Task Should_create_once_and_leave_it_unchanged_when_the_same_content_is_saved_by_racing_callers()
    {
        var saves = await RaceAsync(4, _ => SaveAsync("same.md", "一", "二", "三"));

        Assert.Equal(1, saves.Count(s => s.Status == DocumentSaveStatus.Created));
        Assert.Equal(3, saves.Count(s => s.Status == DocumentSaveStatus.Unchanged));
        Assert.Single(saves.Select(s => s.Document.Id).Distinct());
        Assert.Equal(3, (await Store.LoadChunksAsync(_profile)).Count);
        Assert.Equal(1, await Store.GetVersionAsync(_profile));
    }

    [Fact]
    public async Task Should_save_every_change_when_several_profiles_import_at_once()
    {
        var profiles = Enumerable.Range(0, 4).Select(_ => NewKey("p")).ToArray();

        await RaceAsync(4, async i =>
        {
            for (var round = 0; round < 3; round++)
            {
                await Store.SaveDocumentAsync(profiles[i], "doc.md", "text", Hash($"{i}-{round}"), [Chunk(0, $"{i}-{round} 甲"), Chunk(1, $"{i}-{round} 乙")], null);
            }

            return i;
        });

        foreach (var (profile, i) in profiles.Select((p, i) => (p, i)))
        {
            Assert.Equal(3, await Store.GetVersionAsync(profile));
            Assert.Equal([$"{i}-2 甲", $"{i}-2 乙"], (await Store.LoadChunksAsync(profile)).Select(c => c.Text));
        }
    }

    private static string Hash(params string[] texts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', texts))));

    private static NewChunk Chunk(int ordinal, string text, float[]? embedding = null) =>
        new(ordinal, "标题 / 小节", text, null, null, Hash(text), embedding);

    private Task<DocumentSave> SaveAsync(string name, params string[] texts) =>
        Store.SaveDocumentAsync(_profile, name, "markdown", Hash(texts), texts.Select((text, i) => Chunk(i, text)).ToList(), null);
}
