namespace Kf.Simulator.Tests.Api;

public sealed class MediaTests
{
    private static async Task<JsonObject> UploadAsync(SimulatorHost sim, string type, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "media", "a.png" } };
        using var response = await sim.Http.PostAsync($"/cgi-bin/media/upload?access_token={await sim.Client.AccessTokenAsync()}&type={type}", form);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task Should_return_the_same_bytes_when_uploaded_media_is_fetched()
    {
        await using var sim = await SimulatorHost.StartAsync();
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7];
        var upload = await UploadAsync(sim, "image", bytes);
        Assert.Equal(0, upload.Code());
        using var get = await sim.Http.GetAsync($"/cgi-bin/media/get?access_token={await sim.Client.AccessTokenAsync()}&media_id={upload.Str("media_id")}");
        Assert.Equal(bytes, await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Should_answer_json_40007_when_the_media_is_past_3_days()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var upload = await UploadAsync(sim, "file", [1, 2, 3, 4, 5]);
        await sim.Client.AdvanceAsync(TimeSpan.FromDays(3));
        var token = (string)(await sim.Client.GetTokenAsync())["access_token"]!;
        using var get = await sim.Http.GetAsync($"/cgi-bin/media/get?access_token={token}&media_id={upload.Str("media_id")}");
        Assert.Equal("application/json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(40007, JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject().Code());
    }

    [Fact]
    public async Task Should_answer_40004_when_the_type_is_unknown_and_40006_when_voice_is_over_2_MB()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40004, (await UploadAsync(sim, "gif", [1, 2, 3, 4, 5])).Code());
        Assert.Equal(40006, (await UploadAsync(sim, "voice", new byte[(2 << 20) + 1])).Code());
    }
}
