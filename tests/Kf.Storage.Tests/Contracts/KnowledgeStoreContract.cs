using Kf.Storage.Knowledge;
using Kf.Storage.Tests.Backends;

namespace Kf.Storage.Tests.Contracts;

// The knowledge base's documents and chunks: created, replaced, left alone or refused as a duplicate
// in one transaction; a version that moves on every change; embeddings that read back bit for bit.
public abstract class KnowledgeStoreContract<TBackend>(TBackend backend) : KnowledgeStoreFixture<TBackend>(backend)
    where TBackend : StorageBackend
{
    [Fact]
    public async Task Should_create_the_document_and_move_the_version_when_a_new_name_is_saved()
    {
        Assert.Equal(0, await Store.GetVersionAsync(Profile));

        var saved = await SaveAsync("退货政策.md", "七天无理由退货。", "运费由买家承担。");

        var expected = new KnowledgeDocument(saved.Document.Id, Profile, "退货政策.md", "markdown", Hash("七天无理由退货。", "运费由买家承担。"), 2, Start);
        Assert.Equal(new DocumentSave(DocumentSaveStatus.Created, expected), saved);
        Assert.Equal(expected, await Store.FindDocumentAsync(Profile, "退货政策.md"));
        Assert.Equal([expected], await Store.ListDocumentsAsync(Profile));
        Assert.True(await Store.GetVersionAsync(Profile) > 0);
        var chunks = await Store.LoadChunksAsync(Profile);
        Assert.Equal(["七天无理由退货。", "运费由买家承担。"], chunks.Select(c => c.Text));
        Assert.All(chunks, c => Assert.Equal((saved.Document.Id, "退货政策.md", Hash(c.Text)), (c.DocumentId, c.DocumentName, c.ContentHash)));
        Assert.Equal([0, 1], chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public async Task Should_replace_the_chunks_and_move_the_version_when_the_name_is_saved_with_other_content()
    {
        var first = await SaveAsync("faq.md", "旧一", "旧二", "旧三");
        var before = await Store.GetVersionAsync(Profile);
        Time.Now = Start.AddMinutes(1);

        var second = await SaveAsync("faq.md", "新的唯一一段");

        Assert.Equal(DocumentSaveStatus.Replaced, second.Status);
        Assert.Equal(new KnowledgeDocument(first.Document.Id, Profile, "faq.md", "markdown", Hash("新的唯一一段"), 1, Start.AddMinutes(1)), second.Document);
        Assert.Equal(second.Document, await Store.FindDocumentAsync(Profile, "faq.md"));
        Assert.Equal(["新的唯一一段"], (await Store.LoadChunksAsync(Profile)).Select(c => c.Text));
        Assert.True(await Store.GetVersionAsync(Profile) > before);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_content_is_saved_under_the_same_name()
    {
        var first = await SaveAsync("faq.md", "一", "二");
        var version = await Store.GetVersionAsync(Profile);
        var chunks = await Store.LoadChunksAsync(Profile);
        Time.Now = Start.AddMinutes(1);

        var again = await SaveAsync("faq.md", "一", "二");

        Assert.Equal(new DocumentSave(DocumentSaveStatus.Unchanged, first.Document), again);
        Assert.Equal(version, await Store.GetVersionAsync(Profile));
        Assert.Equal(chunks.Select(c => (c.Id, c.Text)), (await Store.LoadChunksAsync(Profile)).Select(c => (c.Id, c.Text)));
    }

    [Fact]
    public async Task Should_store_nothing_and_return_the_holder_when_another_name_has_the_same_content()
    {
        var holder = await SaveAsync("a.md", "同样的内容");
        var version = await Store.GetVersionAsync(Profile);

        var duplicate = await SaveAsync("b.md", "同样的内容");

        Assert.Equal(new DocumentSave(DocumentSaveStatus.Duplicate, holder.Document), duplicate);
        Assert.Null(await Store.FindDocumentAsync(Profile, "b.md"));
        Assert.Equal([holder.Document], await Store.ListDocumentsAsync(Profile));
        Assert.Equal(version, await Store.GetVersionAsync(Profile));
        var elsewhere = await Store.SaveDocumentAsync(NewKey("p"), "b.md", "markdown", Hash("同样的内容"), [Chunk(0, "同样的内容")], null);
        Assert.Equal(DocumentSaveStatus.Created, elsewhere.Status);
    }

    [Fact]
    public async Task Should_delete_the_document_and_its_chunks_and_move_the_version_when_deleted()
    {
        var a = (await SaveAsync("a.md", "甲一", "甲二")).Document;
        var b = (await SaveAsync("b.md", "乙")).Document;
        var version = await Store.GetVersionAsync(Profile);

        Assert.False(await Store.DeleteDocumentAsync(NewKey("p"), a.Id));
        Assert.Equal(version, await Store.GetVersionAsync(Profile));
        Assert.True(await Store.DeleteDocumentAsync(Profile, a.Id));

        var deleted = await Store.GetVersionAsync(Profile);
        Assert.True(deleted > version);
        Assert.Equal([b], await Store.ListDocumentsAsync(Profile));
        Assert.Equal(["乙"], (await Store.LoadChunksAsync(Profile)).Select(c => c.Text));
        Assert.False(await Store.DeleteDocumentAsync(Profile, a.Id));
        Assert.Equal(deleted, await Store.GetVersionAsync(Profile));
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
        await Store.SaveDocumentAsync(Profile, "mixed.md", "faq-markdown", Hash("mixed"), chunks, "text-embedding-v3");

        var loaded = await Store.LoadChunksAsync(Profile);

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
        await Store.SaveDocumentAsync(Profile, "a.md", "text", Hash("a"), [Chunk(0, "甲", [1f, 2f]), Chunk(1, "乙", [3f, 4f]), Chunk(2, "丙")], model);
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

        await Store.SaveDocumentAsync(Profile, name, "markdown", Hash(name), [chunk], null);

        Assert.Equal(name, (await Store.FindDocumentAsync(Profile, name))!.Name);
        var loaded = Assert.Single(await Store.LoadChunksAsync(Profile));
        Assert.Equal((name, chunk.Heading, text, chunk.Question, chunk.Answer), (loaded.DocumentName, loaded.Heading, loaded.Text, loaded.Question, loaded.Answer));
    }

    [Fact]
    public async Task Should_store_64_KiB_and_refuse_one_character_more_when_a_chunk_is_large()
    {
        var largest = new string('a', KnowledgeLimits.MaxChunkBytes);
        var tooLarge = new string('问', (KnowledgeLimits.MaxChunkBytes / 3) + 1);

        await Store.SaveDocumentAsync(Profile, "large.md", "text", Hash(largest), [Chunk(0, largest)], null);
        var version = await Store.GetVersionAsync(Profile);
        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.SaveDocumentAsync(Profile, "huge.md", "text", Hash(tooLarge), [Chunk(0, tooLarge)], null));

        Assert.Equal(largest, Assert.Single(await Store.LoadChunksAsync(Profile)).Text);
        Assert.Contains("64 KiB", refused.Message);
        Assert.Contains("huge.md", refused.Message);
        Assert.Null(await Store.FindDocumentAsync(Profile, "huge.md"));
        Assert.Equal(version, await Store.GetVersionAsync(Profile));
    }

    [Fact]
    public async Task Should_refuse_and_store_nothing_when_arguments_are_bad()
    {
        var good = Chunk(0, "正文");
        Task Save(string profile = "", string name = "n.md", string hash = "", NewChunk[]? chunks = null, string? model = null) =>
            Store.SaveDocumentAsync(profile.Length == 0 ? Profile : profile, name, "markdown", hash.Length == 0 ? Hash("x") : hash, chunks ?? [good], model);

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

        Assert.Empty(await Store.ListDocumentsAsync(Profile));
        Assert.Equal(0, await Store.GetVersionAsync(Profile));
    }
}
