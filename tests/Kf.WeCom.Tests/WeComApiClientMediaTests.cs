using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kf.WeCom.Models;
using Kf.WeCom.Tests.Fakes;

namespace Kf.WeCom.Tests;

public sealed class WeComApiClientMediaTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    private readonly TestClient _t = new();

    [Fact]
    public async Task Should_upload_as_multipart_field_media_with_an_unquoted_boundary()
    {
        _t.WeCom.Api = (_, _) => Task.FromResult(FakeWeCom.Json(
            """{"errcode":0,"errmsg":"","type":"image","media_id":"1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0","created_at":"1380000000"}"""));

        var result = await _t.Client.UploadMediaAsync(MediaType.Image, "退货照片.jpg", new MemoryStream(Jpeg), "image/jpeg");

        var request = _t.WeCom.ApiRequests.Single();
        var boundary = MediaTypeHeaderValue.Parse(request.ContentType!).Parameters.Single(p => p.Name == "boundary").Value!;
        Assert.Equal(("/cgi-bin/media/upload", "image"), (request.Path, request.Query("type")));
        Assert.StartsWith("multipart/form-data; boundary=", request.ContentType);
        Assert.DoesNotContain('"', boundary);
        Assert.Contains($"--{boundary}\r\n", request.BodyText);
        Assert.Contains($"Content-Disposition: form-data; name=\"media\"; filename=\"____.jpg\"; filelength={Jpeg.Length}", request.BodyText);
        Assert.Contains("Content-Type: image/jpeg", request.BodyText);
        Assert.Equal(("1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0", 1380000000), (result.MediaId, result.CreatedAt));
    }

    [Fact]
    public async Task Should_resend_the_same_bytes_when_the_upload_retries_after_40014()
    {
        _t.WeCom.Api = (r, _) => Task.FromResult(r.AccessToken == "token-1"
            ? FakeWeCom.Error(40014)
            : FakeWeCom.Json("""{"errcode":0,"errmsg":"","type":"file","media_id":"M2","created_at":"1"}"""));

        await _t.Client.UploadMediaAsync(MediaType.File, "a.txt", new MemoryStream(Encoding.UTF8.GetBytes("hello world")));

        var uploads = _t.WeCom.ApiRequests.ToArray();
        Assert.Equal(2, uploads.Length);
        Assert.All(uploads, u => Assert.Contains("\r\n\r\nhello world\r\n", u.BodyText));
    }

    [Fact]
    public async Task Should_reject_media_over_the_type_limit_or_of_5_bytes_or_less()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _t.Client.UploadMediaAsync(MediaType.Voice, "v.amr", new MemoryStream(new byte[(2 << 20) + 1])));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _t.Client.UploadMediaAsync(MediaType.File, "a.txt", new MemoryStream(new byte[5])));
        Assert.Empty(_t.WeCom.Requests);
    }

    [Fact]
    public async Task Should_return_the_bytes_and_file_name_when_media_get_answers_with_media()
    {
        _t.WeCom.Api = (_, _) => Task.FromResult(Media(Jpeg, "image/jpeg", "attachment; filename=\"photo.jpg\""));

        var media = await _t.Client.GetMediaAsync("MEDIA_ID");

        Assert.Equal(("/cgi-bin/media/get", "MEDIA_ID"), (_t.WeCom.ApiRequests.Single().Path, _t.WeCom.ApiRequests.Single().Query("media_id")));
        Assert.Equal(Jpeg, media.Content);
        Assert.Equal(("image/jpeg", "photo.jpg"), (media.ContentType, media.FileName));
    }

    [Fact]
    public async Task Should_throw_the_errcode_when_media_get_answers_with_json()
    {
        _t.WeCom.Api = (_, _) => Task.FromResult(FakeWeCom.Json("""{"errcode":40007,"errmsg":"invalid media_id"}"""));

        var error = await Assert.ThrowsAsync<WeComApiException>(() => _t.Client.GetMediaAsync("EXPIRED"));

        Assert.Equal((40007, "media/get"), (error.ErrCode, error.Api));
    }

    [Fact]
    public async Task Should_return_json_media_as_bytes_when_it_carries_no_error()
    {
        var json = Encoding.UTF8.GetBytes("""{"name":"a customer's json file"}""");
        _t.WeCom.Api = (_, _) => Task.FromResult(Media(json, "application/json", null));

        var media = await _t.Client.GetMediaAsync("MEDIA_ID");

        Assert.Equal(json, media.Content);
    }

    [Fact]
    public async Task Should_fail_without_buffering_it_all_when_the_media_is_over_the_limit()
    {
        _t.WeCom.Api = (_, _) => Task.FromResult(Media(new byte[101], "video/mp4", null));

        var error = await Assert.ThrowsAsync<WeComTransportException>(() => _t.Client.GetMediaAsync("BIG", maxBytes: 100));

        Assert.Contains("limit", error.Message);
    }

    private static HttpResponseMessage Media(byte[] bytes, string contentType, string? disposition)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (disposition is not null)
        {
            content.Headers.ContentDisposition = ContentDispositionHeaderValue.Parse(disposition);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
