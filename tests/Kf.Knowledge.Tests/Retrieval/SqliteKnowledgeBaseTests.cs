using Kf.Knowledge.Import;
using Kf.Knowledge.Retrieval;
using Kf.Knowledge.Tests.Import.Backends;
using Kf.Knowledge.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kf.Knowledge.Tests.Retrieval;

// Retrieval composed as production composes it, over the real SQL store on SQLite, fed by the real importer.
public sealed class SqliteKnowledgeBaseTests(SqliteImportBackend backend) : IClassFixture<SqliteImportBackend>, IAsyncLifetime
{
    private readonly SteppedClock _clock = new();
    private IHost _host = null!;

    private IKnowledgeBase Knowledge => _host.Services.GetRequiredService<IKnowledgeBase>();

    private IKnowledgeImporter Importer => _host.Services.GetRequiredService<IKnowledgeImporter>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(backend.Settings);
        builder.Configuration.AddInMemoryCollection([new("Knowledge:RefreshInterval", "00:00:05")]);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(_clock); // before AddKfKnowledge, whose TryAdd keeps it
        builder.AddKfKnowledge();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task Should_answer_from_an_import_and_see_the_next_import_once_the_refresh_interval_passed()
    {
        await ImportAsync("shipping.jsonl", ("多久可以发货？", "付款后24小时内发货。"));
        Assert.True(await Knowledge.HasKnowledgeAsync("shop", default));
        Assert.False(await Knowledge.HasKnowledgeAsync("empty", default));
        var first = await Knowledge.SearchAsync("shop", "下单后几天发货", 4, default);
        Assert.Equal("多久可以发货？", first[0].Chunk.Question);
        Assert.Empty(await Knowledge.SearchAsync("shop", "开票", 4, default));

        await ImportAsync("invoice.jsonl", ("可以开票吗？", "可以，下单时填写抬头。"));
        _clock.Step(TimeSpan.FromSeconds(4));
        Assert.Empty(await Knowledge.SearchAsync("shop", "开票", 4, default)); // the old snapshot until the interval passed
        _clock.Step(TimeSpan.FromSeconds(1));

        var hits = await Knowledge.SearchAsync("shop", "开票", 4, default);

        Assert.Equal("可以开票吗？", hits.Single().Chunk.Question);
        Assert.Equal("可以，下单时填写抬头。", hits[0].Chunk.Answer);
        Assert.Equal("invoice.jsonl", hits[0].Chunk.DocumentName);
        Assert.InRange(hits[0].Confidence, 0.99, 1.0);
    }

    private async Task ImportAsync(string name, params (string Question, string Answer)[] pairs)
    {
        var content = string.Join('\n', pairs.Select(p => System.Text.Json.JsonSerializer.Serialize(new { question = p.Question, answer = p.Answer })));
        var report = await Importer.ImportAsync("shop", name, content, null, null, CancellationToken.None);
        Assert.Equal(ImportStatus.Created, report.Status);
    }
}
