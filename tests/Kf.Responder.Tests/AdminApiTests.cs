using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kf.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Tests;

/// <summary>The knowledge admin API over real HTTP on the responder host, as its Program.cs maps it.</summary>
public sealed class AdminApiTests
{
    private const string Token = "admin-token-for-tests-0123456789";

    [Fact]
    public async Task Should_answer_401_with_a_bearer_challenge_when_the_token_is_missing_or_wrong()
    {
        await using var s = await StartAsync("sqlite");
        s.Host.Http.DefaultRequestHeaders.Authorization = null;

        using var missing = await s.Host.Http.GetAsync("/admin/kb/shop/documents");
        using var wrong = await SendAsync(s, HttpMethod.Get, "/admin/kb/shop/documents", token: Token + "x");
        using var otherScheme = await SendAsync(s, HttpMethod.Get, "/admin/kb/shop/documents", scheme: "Basic");

        foreach (var response in new[] { missing, wrong, otherScheme })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task Should_answer_400_naming_the_problem_when_the_profile_or_the_document_is_invalid()
    {
        await using var s = await StartAsync("sqlite");

        using var badProfile = await s.Host.Http.GetAsync("/admin/kb/Bad.Profile/documents");
        using var badCsv = await s.Host.Http.PostAsJsonAsync("/admin/kb/shop/documents", new { name = "faq.csv", content = "q,a\n运费？,8 元\n" });
        using var noName = await s.Host.Http.PostAsJsonAsync("/admin/kb/shop/documents", new { content = "正文" });
        using var notJson = await s.Host.Http.PostAsync("/admin/kb/shop/search", new StringContent("query=运费"));

        Assert.Equal(HttpStatusCode.BadRequest, badProfile.StatusCode);
        Assert.Contains("Bad.Profile", await ErrorAsync(badProfile));
        Assert.Equal(HttpStatusCode.BadRequest, badCsv.StatusCode);
        Assert.Contains("question", await ErrorAsync(badCsv));
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("name", await ErrorAsync(noName));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Empty(await s.Knowledge.ListDocumentsAsync("shop"));
    }

    [Fact]
    public async Task Should_answer_413_and_store_nothing_when_the_document_is_larger_than_Knowledge_MaxDocumentBytes()
    {
        await using var s = await StartAsync("sqlite", new Dictionary<string, string?> { ["Knowledge:MaxDocumentBytes"] = "2048" });
        var content = string.Concat(Enumerable.Repeat("退货请在七天内申请。\n", 100)); // 3,100 bytes

        using var tooLarge = await s.Host.Http.PostAsJsonAsync("/admin/kb/shop/documents", new { name = "big.md", content });
        using var fits = await s.Host.Http.PostAsJsonAsync("/admin/kb/shop/documents", new { name = "small.md", content = content[..500] });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("Knowledge:MaxDocumentBytes", await ErrorAsync(tooLarge));
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(["small.md"], (await s.Knowledge.ListDocumentsAsync("shop")).Select(d => d.Name));
    }

    [Fact]
    public async Task Should_answer_502_and_store_nothing_when_the_embedding_endpoint_fails_during_an_import()
    {
        await using var embeddings = await FakeOpenAi.StartAsync();
        embeddings.EmbeddingsFailWith = 503;
        await using var s = await StartAsync("sqlite", embeddings.EmbeddingSettings);

        using var response = await s.Host.Http.PostAsJsonAsync("/admin/kb/shop/documents", new { name = "faq.csv", content = KnowledgeScenario.FaqCsv });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("503", await ErrorAsync(response));
        Assert.DoesNotContain("sk-test", await ErrorAsync(response));
        Assert.NotEmpty(embeddings.EmbeddingRequests);
        Assert.Empty(await s.Knowledge.ListDocumentsAsync("shop"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_import_list_search_and_delete_a_document_when_an_operator_manages_the_knowledge(string storage)
    {
        await using var s = await StartAsync(storage);

        var created = await PostAsync(s, "/admin/kb/shop/documents", new { name = "faq.csv", content = KnowledgeScenario.FaqCsv });
        var again = await PostAsync(s, "/admin/kb/shop/documents", new { name = "faq.csv", content = KnowledgeScenario.FaqCsv });
        var listed = JsonNode.Parse(await s.Host.Http.GetStringAsync("/admin/kb/shop/documents"))!.AsArray();
        var search = await PostAsync(s, "/admin/kb/shop/search", new { query = "客服几点上班", top = 2 });
        var id = (long)created["document_id"]!;
        using var deleted = await s.Host.Http.DeleteAsync($"/admin/kb/shop/documents/{id}");
        using var deletedAgain = await s.Host.Http.DeleteAsync($"/admin/kb/shop/documents/{id}");

        Assert.Equal(("created", "faq-csv", 3), ((string?)created["status"], (string?)created["format"], (int)created["chunks"]!));
        Assert.Equal("unchanged", (string?)again["status"]);
        var document = Assert.Single(listed)!;
        Assert.Equal((id, "faq.csv", 3), ((long)document["id"]!, (string?)document["name"], (int)document["chunk_count"]!));
        var hits = search["hits"]!.AsArray();
        Assert.InRange(hits.Count, 1, 2);
        var best = hits[0]!;
        Assert.Equal("客服每天 9:00 到 21:00 在线。", (string?)best["answer"]);
        Assert.Equal("faq.csv", (string?)best["document"]);
        Assert.Equal(1, (int?)best["lexical_rank"]);
        Assert.InRange((double)best["confidence"]!, 0.01, 1);
        Assert.True((double)best["score"]! > 0);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Contains($"{id}", await ErrorAsync(deletedAgain));
        Assert.Empty(await s.Knowledge.ListDocumentsAsync("shop"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mysql")]
    public async Task Should_answer_from_the_FAQ_next_time_when_an_unknown_question_is_resolved(string storage)
    {
        await using var s = await StartAsync(storage);
        await s.ImportAsync("faq.csv", KnowledgeScenario.FaqCsv);
        var first = await s.SayAsync("wmAdmin01", "可以开增值税专用发票吗？");
        Assert.Equal(AnswerOutcome.NeedsHuman, (await s.ReplyAsync(first)).Plan.Outcome);

        var unknown = JsonNode.Parse(await s.Host.Http.GetStringAsync("/admin/kb/shop/unknown-questions"))!.AsArray();
        var group = Assert.Single(unknown)!;
        Assert.Equal(("可以开增值税专用发票吗？", 1, 1), ((string?)group["example"], (int)group["count"]!, (int)group["customers"]!));
        using var wrongKey = await s.Host.Http.PostAsJsonAsync(
            "/admin/kb/shop/unknown-questions/resolve", new { group_key = "没有这个问题", question = "问", answer = "答" });
        var resolved = await PostAsync(s, "/admin/kb/shop/unknown-questions/resolve", new
        {
            group_key = (string?)group["group_key"],
            question = "可以开增值税专用发票吗？",
            answer = "可以，下单时选择「增值税专用发票」并填写开票信息即可。",
        });
        // Each replica picks up a change within Knowledge:RefreshInterval: the test search shows when this one has.
        await Eventually.WaitAsync(
            () => PostAsync(s, "/admin/kb/shop/search", new { query = "可以开增值税专用发票吗？", top = 1 }),
            found => (string?)found["hits"]!.AsArray().FirstOrDefault()?["document"] == "resolved-questions.jsonl",
            "the resolved pair in the search");
        var second = await s.SayAsync("wmAdmin02", "可以开增值税专用发票吗？");
        var (reply, plan) = await s.ReplyAsync(second);

        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
        Assert.Equal(1, (int)resolved["resolved"]!);
        Assert.Equal("created", (string?)resolved["import"]!["status"]);
        Assert.Equal("可以，下单时选择「增值税专用发票」并填写开票信息即可。", reply);
        Assert.Equal(AnswerOutcome.FaqAnswered, plan.Outcome);
        Assert.Contains("resolved-questions.jsonl", (await s.Knowledge.ListDocumentsAsync("shop")).Select(d => d.Name));
        Assert.Empty(JsonNode.Parse(await s.Host.Http.GetStringAsync("/admin/kb/shop/unknown-questions"))!.AsArray());
        var all = JsonNode.Parse(await s.Host.Http.GetStringAsync("/admin/kb/shop/unknown-questions?include_resolved=true&limit=5"))!.AsArray();
        Assert.NotNull(Assert.Single(all)!["resolved_at"]);
    }

    [Fact]
    public async Task Should_keep_earlier_pairs_of_the_resolved_questions_document_when_a_second_question_is_resolved()
    {
        await using var s = await StartAsync("sqlite");
        await s.ImportAsync("faq.csv", KnowledgeScenario.FaqCsv);
        foreach (var (customer, question) in new[] { ("wmAdmin03", "可以开增值税专用发票吗？"), ("wmAdmin04", "支持花呗分期付款吗？") })
        {
            await s.ReplyAsync(await s.SayAsync(customer, question));
        }

        var groups = JsonNode.Parse(await s.Host.Http.GetStringAsync("/admin/kb/shop/unknown-questions"))!.AsArray();
        foreach (var group in groups)
        {
            await PostAsync(s, "/admin/kb/shop/unknown-questions/resolve", new
            {
                group_key = (string?)group!["group_key"],
                question = (string?)group["example"],
                answer = "答案：" + (string?)group["example"],
            });
        }

        var chunks = (await s.Knowledge.LoadChunksAsync("shop")).Where(c => c.DocumentName == "resolved-questions.jsonl").ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal(["可以开增值税专用发票吗？", "支持花呗分期付款吗？"], chunks.Select(c => c.Question).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_not_map_the_admin_API_when_Admin_Token_is_not_set()
    {
        await using var s = await StartAsync("sqlite", new Dictionary<string, string?> { ["Admin:Token"] = null });

        using var response = await s.Host.Http.GetAsync("/admin/kb/shop/documents");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_to_start_naming_Admin_Token_when_the_token_is_shorter_than_16_characters()
    {
        await using var sim = await Sim.StartAsync();

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ResponderHost.StartAsync(sim, Backend.Embedded(), new Dictionary<string, string?> { ["Admin:Token"] = "short-token" }));

        Assert.Contains("Admin:Token", e.Message);
        Assert.DoesNotContain("short-token", e.Message);
    }

    private static async Task<KnowledgeScenario> StartAsync(string storage, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Admin:Token"] = Token };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var scenario = await KnowledgeScenario.StartAsync(storage, withModel: false, all);
        scenario.Host.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return scenario;
    }

    private static async Task<HttpResponseMessage> SendAsync(KnowledgeScenario s, HttpMethod method, string path, string token = Token, string scheme = "Bearer")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        return await s.Host.Http.SendAsync(request);
    }

    private static async Task<JsonNode> PostAsync(KnowledgeScenario s, string path, object body)
    {
        using var response = await s.Host.Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
}
