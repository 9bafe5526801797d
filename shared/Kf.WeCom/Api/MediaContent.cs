using System.Net.Http.Headers;
using Kf.WeCom.Models;

namespace Kf.WeCom.Api;

/// <summary>Limits, multipart body and bounded reading for media upload and download.</summary>
internal static class MediaContent
{
    public const long MinUploadBytes = 6; // WeCom: every file must be larger than 5 bytes.

    public static long MaxUploadBytes(MediaType type) => type switch
    {
        MediaType.Image => 10L << 20,
        MediaType.Voice => 2L << 20,
        MediaType.Video => 10L << 20,
        _ => 20L << 20,
    };

    public static string WireName(MediaType type) => type switch
    {
        MediaType.Image => "image",
        MediaType.Voice => "voice",
        MediaType.Video => "video",
        _ => "file",
    };

    /// <summary>Reads the whole stream, or returns null as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The multipart body WeCom accepts: field <c>media</c> with <c>filename</c> and <c>filelength</c>,
    /// and an unquoted boundary. .NET quotes the boundary by default, which WeChat's parsers reject.
    /// </summary>
    public static HttpContent CreateUpload(byte[] bytes, string fileName, string? contentType)
    {
        var boundary = "KfWeComBoundary" + Guid.NewGuid().ToString("N");
        var multipart = new MultipartContent("form-data", boundary);
        multipart.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        var part = new ByteArrayContent(bytes);
        part.Headers.TryAddWithoutValidation(
            "Content-Disposition",
            $"form-data; name=\"media\"; filename=\"{SafeFileName(fileName)}\"; filelength={bytes.Length}");
        part.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed
            : new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(part);
        return multipart;
    }

    // Header values must be ASCII and quotes would end the parameter: keep [A-Za-z0-9._-] and the
    // extension (WeCom checks it for images), replace the rest.
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var safe = string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_';
            }
        });
        return safe.Trim('.').Length == 0 ? "media" + Path.GetExtension(safe) : safe;
    }
}
