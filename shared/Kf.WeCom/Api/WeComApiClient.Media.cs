using System.Text.Json;
using Kf.WeCom.Json;
using Kf.WeCom.Models;

namespace Kf.WeCom.Api;

public sealed partial class WeComApiClient
{
    /// <summary>Largest download <see cref="GetMediaAsync"/> accepts unless told otherwise.</summary>
    public const long DefaultMaxMediaBytes = 64L << 20;

    /// <summary>
    /// Uploads temporary media (valid 3 days) as multipart field <c>media</c>. The stream is read
    /// whole first (at most the type's limit), so a retry after a token refresh resends the same bytes.
    /// </summary>
    /// <param name="type">Image 10 MB, voice 2 MB AMR ≤ 60 s, video 10 MB, file 20 MB.</param>
    /// <param name="fileName">Name with its extension; characters outside [A-Za-z0-9._-] become "_".</param>
    /// <param name="content">The bytes; read to the end, not disposed.</param>
    /// <param name="contentType">The part's Content-Type; application/octet-stream when null or invalid.</param>
    /// <param name="timeout">Time limit of each exchange; <see cref="WeComOptions.ApiTimeout"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">No file name, or content of 5 bytes or less, or over the type's limit.</exception>
    public async Task<MediaUploadResponse> UploadMediaAsync(
        MediaType type,
        string fileName,
        Stream content,
        string? contentType = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        KfRequestValidator.Required(fileName, "fileName", nameof(fileName));
        ArgumentNullException.ThrowIfNull(content);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentException($"media type {(int)type} is not defined.", nameof(type));
        }

        var max = MediaContent.MaxUploadBytes(type);
        var bytes = await MediaContent.ReadBoundedAsync(content, max, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"{MediaContent.WireName(type)} media must be at most {max} bytes.", nameof(content));
        if (bytes.Length < MediaContent.MinUploadBytes)
        {
            throw new ArgumentException($"media must be larger than 5 bytes (got {bytes.Length}).", nameof(content));
        }

        return await CallAsync(
            WeComApis.MediaUpload,
            timeout ?? options.Value.ApiTimeout,
            token => new HttpRequestMessage(HttpMethod.Post, ApiUri(WeComApis.MediaUpload, token, $"&type={MediaContent.WireName(type)}"))
            {
                Content = MediaContent.CreateUpload(bytes, fileName, contentType),
            },
            ReadJsonAsync<MediaUploadResponse>,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads media by id. WeCom answers with the bytes, or with a JSON error (told apart by the
    /// Content-Type), which becomes a <see cref="WeComApiException"/>.
    /// </summary>
    /// <param name="mediaId">The media id, e.g. <c>KfMessage.Image.MediaId</c>.</param>
    /// <param name="maxBytes">A larger download fails with <see cref="WeComTransportException"/>.</param>
    /// <param name="timeout">Time limit of each exchange; <see cref="WeComOptions.ApiTimeout"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">No media id, or a non-positive <paramref name="maxBytes"/>.</exception>
    public Task<KfMedia> GetMediaAsync(
        string mediaId,
        long maxBytes = DefaultMaxMediaBytes,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        KfRequestValidator.Required(mediaId, "media_id", nameof(mediaId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        return CallAsync(
            WeComApis.MediaGet,
            timeout ?? options.Value.ApiTimeout,
            token => new HttpRequestMessage(HttpMethod.Get, ApiUri(WeComApis.MediaGet, token, $"&media_id={Uri.EscapeDataString(mediaId)}")),
            (response, ct) => ReadMediaAsync(response, maxBytes, ct),
            cancellationToken);
    }

    private static async Task<ApiReply<KfMedia>> ReadMediaAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        var headers = response.Content.Headers;
        if (headers.ContentLength > maxBytes)
        {
            throw new HttpRequestException($"the media is {headers.ContentLength} bytes, over the limit of {maxBytes}");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        byte[] bytes;
        await using (stream.ConfigureAwait(false))
        {
            bytes = await MediaContent.ReadBoundedAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false)
                ?? throw new HttpRequestException($"the media is over the limit of {maxBytes} bytes");
        }

        var contentType = headers.ContentType?.MediaType;
        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && TryReadError(bytes) is { } error)
        {
            return new ApiReply<KfMedia>(error.ErrCode, error.ErrMsg, null);
        }

        var fileName = headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"');
        return new ApiReply<KfMedia>(WeComErrorCodes.Ok, string.Empty, new KfMedia(bytes, headers.ContentType?.ToString(), fileName));
    }

    // A JSON body with a non-zero errcode is an error; any other JSON is media that happens to be JSON.
    private static WeComResponse? TryReadError(byte[] bytes)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<WeComResponse>(bytes, WeComJson.Options);
            return envelope is { ErrCode: not WeComErrorCodes.Ok } ? envelope : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
