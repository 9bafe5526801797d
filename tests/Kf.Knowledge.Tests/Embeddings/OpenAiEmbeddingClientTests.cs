using Kf.Knowledge.Embeddings;
using Kf.Testing.Models;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Tests.Embeddings;

// The client against an OpenAI-compatible endpoint over real HTTP (FakeOpenAi on loopback).
public sealed class OpenAiEmbeddingClientTests : IAsyncLifetime
{
    private FakeOpenAi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeOpenAi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Should_return_unit_vectors_in_input_order_when_the_endpoint_returns_longer_ones()
    {
        _fake.Embed = texts => [.. texts.Select(t => HashingEmbedder.Embed(t).Select(v => v * 7.5f).ToArray())];
        string[] texts = ["退货运费谁承担", "保修多久", "积分兑换"];

        var vectors = await Client().EmbedAsync(texts, CancellationToken.None);

        Assert.Equal(texts.Length, vectors.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1.0, Math.Sqrt(vectors[i].Sum(v => (double)v * v)), 5);
            AssertClose(HashingEmbedder.Embed(texts[i]), vectors[i]);
        }
    }

    [Fact]
    public async Task Should_send_batches_of_the_configured_size_to_the_configured_model_when_given_many_texts()
    {
        var texts = Enumerable.Range(1, 5).Select(i => $"第{i}条").ToList();

        var vectors = await Client(batchSize: 2).EmbedAsync(texts, CancellationToken.None);

        Assert.Equal([2, 2, 1], _fake.EmbeddingRequests.Select(r => r["input"]!.AsArray().Count));
        Assert.All(_fake.EmbeddingRequests, r => Assert.Equal("test-embedding", (string?)r["model"]));
        Assert.Equal(5, _fake.EmbeddedTexts);
        AssertClose(HashingEmbedder.Embed("第5条"), vectors[4]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_read_the_vectors_whether_the_endpoint_answers_base64_or_floats(bool ignoresEncodingFormat)
    {
        _fake.EmbeddingsIgnoreEncodingFormat = ignoresEncodingFormat;

        var vectors = await Client().EmbedAsync(["运费", "保修"], CancellationToken.None);

        Assert.Equal(2, vectors.Count);
        AssertClose(HashingEmbedder.Embed("运费"), vectors[0]);
        AssertClose(HashingEmbedder.Embed("保修"), vectors[1]);
    }

    [Fact]
    public async Task Should_work_without_a_key_when_the_endpoint_needs_none()
    {
        var vectors = await Client(apiKey: "").EmbedAsync(["运费"], CancellationToken.None);

        Assert.Equal(HashingEmbedder.DefaultDimensions, Assert.Single(vectors).Length);
    }

    [Fact]
    public async Task Should_fail_clearly_when_the_endpoint_returns_fewer_vectors_than_texts()
    {
        _fake.Embed = texts => [HashingEmbedder.Embed(texts[0])];

        var error = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["运费", "保修"], CancellationToken.None));

        Assert.Equal("The embedding endpoint returned 1 vectors for 2 texts (model test-embedding).", error.Message);
    }

    [Fact]
    public async Task Should_fail_clearly_when_vectors_have_different_dimensions()
    {
        _fake.Embed = texts => [.. texts.Select((t, i) => HashingEmbedder.Embed(t, 64 + i))];

        var error = await Assert.ThrowsAsync<EmbeddingException>(() => Client().EmbedAsync(["运费", "保修"], CancellationToken.None));

        Assert.Contains("different dimensions (64, 65)", error.Message);
    }

    [Fact]
    public async Task Should_name_the_status_but_not_the_key_or_texts_when_the_endpoint_fails()
    {
        _fake.EmbeddingsFailWith = 503;

        var error = await Assert.ThrowsAsync<EmbeddingException>(() => Client(apiKey: "sk-very-secret").EmbedAsync(["客户的隐私问题"], CancellationToken.None));

        Assert.StartsWith("The embedding endpoint answered HTTP 503 for model test-embedding", error.Message);
        Assert.DoesNotContain("sk-very-secret", error.ToString());
        Assert.DoesNotContain("客户的隐私问题", error.ToString());
        // No retries: one request, one failure.
        Assert.Single(_fake.EmbeddingRequests);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second, 5));
    }

    private OpenAiEmbeddingClient Client(int batchSize = 64, string? apiKey = "sk-test") => new(Options.Create(new EmbeddingOptions
    {
        BaseUrl = _fake.BaseUrl,
        ApiKey = apiKey,
        Model = "test-embedding",
        BatchSize = batchSize,
        TimeoutSeconds = 30,
    }));
}
