using Kf.WeCom.Models;

namespace Kf.Simulator.Tests.Api;

/// <summary>
/// media/upload and media/get (§8) through the shared client; size limits also on the wire, since
/// the client refuses them before sending. WeCom's upload document: every file must be larger than 5 bytes.
/// </summary>
public sealed class MediaTests
{
    private static async Task<JsonObject> UploadRawAsync(SimulatorHost sim, string type, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "media", "a.png" } };
        using var response = await sim.Http.PostAsync($"/cgi-bin/media/upload?access_token={await sim.Client.AccessTokenAsync()}&type={type}", form);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static Task<MediaUploadResponse> UploadAsync(SimulatorHost sim, MediaType type, byte[] bytes) =>
        sim.Api.UploadMediaAsync(type, "a.png", new MemoryStream(bytes), "image/png");

    [Fact]
    public async Task Should_return_the_same_bytes_when_the_client_fetches_uploaded_media()
    {
        await using var sim = await SimulatorHost.StartAsync();
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7];
        var upload = await UploadAsync(sim, MediaType.Image, bytes);
        Assert.Equal("image", upload.Type);
        var media = await sim.Api.GetMediaAsync(upload.MediaId);
        Assert.Equal(bytes, media.Content);
        Assert.Equal("image/png", media.ContentType);
    }

    [Fact]
    public async Task Should_surface_40007_when_the_media_is_past_3_days()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var upload = await UploadAsync(sim, MediaType.File, [1, 2, 3, 4, 5, 6]);
        await sim.Client.AdvanceAsync(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await sim.Api.GetMediaAsync(upload.MediaId).ErrCodeAsync());
        await sim.Client.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(40007, await sim.Api.GetMediaAsync(upload.MediaId).ErrCodeAsync());
    }

    [Fact]
    public async Task Should_answer_json_with_the_errcode_on_the_wire_when_media_get_fails()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var get = await sim.Http.GetAsync($"/cgi-bin/media/get?access_token={await sim.Client.AccessTokenAsync()}&media_id=nope");
        Assert.Equal("application/json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(40007, JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject().Code());
    }

    [Fact]
    public async Task Should_answer_40004_on_the_wire_when_the_type_is_unknown()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40004, (await UploadRawAsync(sim, "gif", [1, 2, 3, 4, 5, 6])).Code());
    }

    [Theory]
    [InlineData("voice", 5)]
    [InlineData("voice", (2 << 20) + 1)]
    [InlineData("image", (10 << 20) + 1)]
    public async Task Should_answer_40006_on_the_wire_when_the_size_is_outside_the_limits(string type, int size)
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(40006, (await UploadRawAsync(sim, type, new byte[size])).Code());
        Assert.Equal(0, (await UploadRawAsync(sim, type, new byte[size <= 5 ? 6 : size - 1])).Code());
    }

    [Theory]
    [InlineData(MediaType.Voice, 5)]
    [InlineData(MediaType.Voice, (2 << 20) + 1)]
    [InlineData(MediaType.Image, (10 << 20) + 1)]
    public async Task Should_refuse_to_upload_when_the_client_is_given_a_size_outside_the_limits(MediaType type, int size)
    {
        await using var sim = await SimulatorHost.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => UploadAsync(sim, type, new byte[size]));
        Assert.Equal(0, await sim.Client.ApiCallsAsync("media/upload"));
        await UploadAsync(sim, type, new byte[size <= 5 ? 6 : size - 1]);
    }
}
