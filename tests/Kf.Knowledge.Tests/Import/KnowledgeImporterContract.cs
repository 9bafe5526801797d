using System.Security.Cryptography;
using Kf.Knowledge.Embeddings;
using Kf.Knowledge.Import;
using Kf.Knowledge.Tests.Import.Backends;
using Kf.Storage.Knowledge;
using Kf.Testing.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kf.Knowledge.Tests.Import;

// The importer end to end: composed like production over a real database, embeddings from FakeOpenAi over HTTP.
// Each test has a profile of its own and names it in its texts, so the shared embedding cache never serves
// one test what another embedded.
public abstract class KnowledgeImporterContract<TBackend>(TBackend backend) : IClassFixture<TBackend>, IAsyncLifetime
    where TBackend : ImportBackend
{
    private static readonly Dictionary<string, string?> Batches = new() { ["Embeddings:BatchSize"] = "2" };

    private readonly string _profile = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
    private FakeOpenAi _fake = null!;
    private IHost _host = null!;

    private IKnowledgeImporter Importer => _host.Services.GetRequiredService<IKnowledgeImporter>();

    private IKnowledgeStore Store => _host.Services.GetRequiredService<IKnowledgeStore>();

    // Three sections, so three chunks, each under its heading path.
    private string Guide => $"""
        # 售后 {_profile}
        七天无理由退货。
        ## 运费
        质量问题由我们承担运费。
        ## 保修
        整机保修一年。
        """;

    public async Task InitializeAsync()
    {
        _fake = await FakeOpenAi.StartAsync();
        _host = await KnowledgeHost.StartAsync(backend.Settings, _fake.EmbeddingSettings, Batches);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Should_create_with_embeddings_then_report_unchanged_without_embedding_when_the_same_content_comes_again()
    {
        var created = await ImportAsync("guide.md", Guide);
        var version = await Store.GetVersionAsync(_profile);
        var again = await ImportAsync("guide.md", Guide);

        Assert.Equal((ImportStatus.Created, KnowledgeFormats.Markdown, 3, 3), (created.Status, created.Format, created.Chunks, created.Embedded));
        Assert.Equal((ImportStatus.Unchanged, created.DocumentId, 3, 0), (again.Status, again.DocumentId, again.Chunks, again.Embedded));
        Assert.Equal(3, _fake.EmbeddedTexts);
        Assert.Equal(version, await Store.GetVersionAsync(_profile));
        var chunks = await Store.LoadChunksAsync(_profile);
        Assert.Equal([$"售后 {_profile}", $"售后 {_profile} / 运费", $"售后 {_profile} / 保修"], chunks.OrderBy(c => c.Ordinal).Select(c => c.Heading));
        Assert.All(chunks, c =>
        {
            Assert.StartsWith(c.Heading + "\n", c.Text);
            Assert.Equal("test-embedding", c.EmbeddingModel);
            Assert.All(HashingEmbedder.Embed(c.Text).Zip(c.Embedding!), pair => Assert.Equal(pair.First, pair.Second, 5));
        });
    }

    [Fact]
    public async Task Should_replace_and_embed_only_the_changed_chunk_when_the_content_changes()
    {
        var created = await ImportAsync("guide.md", Guide);

        var replaced = await ImportAsync("guide.md", Guide.Replace("整机保修一年。", "整机保修两年。", StringComparison.Ordinal));

        Assert.Equal((ImportStatus.Replaced, created.DocumentId, 3, 1), (replaced.Status, replaced.DocumentId, replaced.Chunks, replaced.Embedded));
        Assert.Equal(4, _fake.EmbeddedTexts);
        Assert.Contains("两年", (string?)_fake.EmbeddingRequests.Last()["input"]!.AsArray().Single());
        var texts = (await Store.LoadChunksAsync(_profile)).Select(c => c.Text).ToList();
        Assert.Contains(texts, t => t.EndsWith("整机保修两年。", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("一年", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_reuse_stored_vectors_when_another_document_shares_chunks()
    {
        await ImportAsync("guide.md", Guide);

        var longer = await ImportAsync("guide-2.md", Guide + "\n## 发票\n可开电子发票。\n");

        Assert.Equal((ImportStatus.Created, 4, 1), (longer.Status, longer.Chunks, longer.Embedded));
        Assert.Equal(4, _fake.EmbeddedTexts);
    }

    [Fact]
    public async Task Should_report_a_duplicate_without_storing_or_embedding_when_another_name_holds_the_same_content()
    {
        var original = await ImportAsync("guide.md", Guide);

        var copy = await ImportAsync("copy.md", Guide);

        Assert.Equal(new ImportReport(original.DocumentId, "copy.md", KnowledgeFormats.Markdown, ImportStatus.Duplicate, 3, 0, "guide.md"), copy);
        Assert.Equal(3, _fake.EmbeddedTexts);
        Assert.Equal(["guide.md"], (await Store.ListDocumentsAsync(_profile)).Select(d => d.Name));
    }

    [Fact]
    public async Task Should_store_nothing_and_embed_nothing_when_a_line_is_malformed()
    {
        var error = await Assert.ThrowsAsync<KnowledgeFormatException>(() =>
            ImportAsync("faq.csv", $"question,answer\n{_profile} 运费？,10 元。\n保修？,\n"));

        Assert.Equal("faq.csv line 3: answer is empty", error.Message);
        Assert.Empty(await Store.ListDocumentsAsync(_profile));
        Assert.Equal(0, await Store.GetVersionAsync(_profile));
        Assert.Equal(0, _fake.EmbeddedTexts);
    }

    [Fact]
    public async Task Should_store_nothing_when_the_embedding_endpoint_fails()
    {
        _fake.EmbeddingsFailWith = 500;

        await Assert.ThrowsAsync<EmbeddingException>(() => ImportAsync("guide.md", Guide));

        Assert.Empty(await Store.ListDocumentsAsync(_profile));
    }

    [Fact]
    public async Task Should_report_embedding_progress_per_batch_then_storing_when_chunks_are_embedded()
    {
        var progress = new RecordingProgress();

        await Importer.ImportAsync(_profile, "guide.md", Guide, null, progress, CancellationToken.None);

        Assert.Equal(
            [new("embedding", 0, 3), new("embedding", 2, 3), new("embedding", 3, 3), new("stored", 3, 3)],
            progress.Reports);
        Assert.Equal([2, 1], _fake.EmbeddingRequests.Select(r => r["input"]!.AsArray().Count));
    }

    [Fact]
    public async Task Should_store_each_pair_whole_as_a_faq_chunk_when_a_faq_file_is_imported()
    {
        var csv = $"问题,答案,备注\n{_profile} 运费多少？,\"满 99 元包邮，\n不满收 10 元。\",\n{_profile} 保修多久？,一年。,整机\n";

        var report = await ImportAsync("faq.csv", csv);

        Assert.Equal((ImportStatus.Created, KnowledgeFormats.FaqCsv, 2, 2), (report.Status, report.Format, report.Chunks, report.Embedded));
        var first = (await Store.LoadChunksAsync(_profile)).Single(c => c.Ordinal == 0);
        Assert.True(first.IsFaq);
        Assert.Equal(($"{_profile} 运费多少？", "满 99 元包邮，\n不满收 10 元。"), (first.Question, first.Answer));
        Assert.Equal($"{_profile} 运费多少？\n满 99 元包邮，\n不满收 10 元。", first.Text);
    }

    [Fact]
    public async Task Should_store_chunks_without_vectors_when_no_embedding_endpoint_is_configured()
    {
        using var lexical = await KnowledgeHost.StartAsync(backend.Settings);

        var report = await lexical.Services.GetRequiredService<IKnowledgeImporter>()
            .ImportAsync(_profile, "guide.md", Guide, null, null, CancellationToken.None);

        Assert.Equal((ImportStatus.Created, 3, 0), (report.Status, report.Chunks, report.Embedded));
        Assert.All(await Store.LoadChunksAsync(_profile), c => Assert.Null(c.Embedding));
        Assert.Equal(0, _fake.EmbeddedTexts);
        await lexical.StopAsync();
    }

    [Theory]
    [InlineData("Default", "guide.md", "profile 'Default' must be 1-64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit")]
    [InlineData("default", " ", "the document name is empty")]
    [InlineData("default", "guide\n.md", "the document name contains a control character")]
    public async Task Should_refuse_before_storing_anything_when_the_profile_or_name_is_bad(string profile, string name, string message)
    {
        var error = await Assert.ThrowsAsync<KnowledgeFormatException>(() =>
            Importer.ImportAsync(profile, name, Guide, KnowledgeFormats.Markdown, null, CancellationToken.None));

        Assert.Equal(message, error.Message);
        Assert.Equal(0, _fake.EmbeddedTexts);
    }

    private Task<ImportReport> ImportAsync(string name, string content) =>
        Importer.ImportAsync(_profile, name, content, null, null, CancellationToken.None);
}
