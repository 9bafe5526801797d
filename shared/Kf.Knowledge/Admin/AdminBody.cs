using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kf.Knowledge.Admin;

/// <summary>Reads a JSON request body of at most a given size: 413 beyond it, 400 when it is not the expected object.</summary>
internal static class AdminBody
{
    /// <summary>The bound of every body but a document's.</summary>
    public const int SmallLimit = 64 * 1024;

    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request, long limit, string shape, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        // This loop is the bound: Kestrel's own default (30 MB) would cut a large document short with an empty 413.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), AdminReply.Json) is { } body
                ? (body, null)
                : (null, Invalid(shape, "null"));
        }
        catch (JsonException e)
        {
            return (null, Invalid(shape, e.Message));
        }
    }

    private static IResult TooLarge(long limit) =>
        AdminReply.Error(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than {limit} bytes");

    private static IResult Invalid(string shape, string why) =>
        AdminReply.Error(StatusCodes.Status400BadRequest, $"body must be a JSON object {shape} ({why})");
}
