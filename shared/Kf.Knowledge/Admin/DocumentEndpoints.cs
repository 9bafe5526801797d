using System.Text;
using Kf.Knowledge.Import;
using Kf.Storage.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Admin;

/// <summary><c>POST|GET /admin/kb/{profile}/documents</c> and <c>DELETE /admin/kb/{profile}/documents/{id}</c>.</summary>
internal static class DocumentEndpoints
{
    // JSON may write each character as \uXXXX (two bytes for every UTF-8 byte of Chinese text), plus the envelope.
    private const int EnvelopeBytes = 64 * 1024;

    public static void MapDocuments(this RouteGroupBuilder kb)
    {
        kb.MapPost("/documents", ImportAsync);
        kb.MapGet("/documents", ListAsync);
        kb.MapDelete("/documents/{id:long}", DeleteAsync);
    }

    private static async Task<IResult> ImportAsync(
        string profile, HttpRequest request, IKnowledgeImporter importer, IOptions<KnowledgeOptions> options, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxDocumentBytes;
        var (body, error) = await AdminBody.ReadAsync<ImportRequest>(
            request, (2L * max) + EnvelopeBytes, """{"name": "faq.csv", "content": "...", "format": null}""", cancellationToken);
        if (body is null)
        {
            return error!;
        }

        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > KnowledgeLimits.MaxNameLength || name.Any(char.IsControl))
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, $"name is required: 1-{KnowledgeLimits.MaxNameLength} characters, no control characters");
        }

        if (body.Content is null)
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, "content is required");
        }

        var size = Encoding.UTF8.GetByteCount(body.Content);
        if (size > max)
        {
            return AdminReply.Error(StatusCodes.Status413PayloadTooLarge, $"content is {size} bytes, more than Knowledge:MaxDocumentBytes ({max})");
        }

        try
        {
            return AdminReply.Ok(await importer.ImportAsync(profile, name, body.Content, body.Format, null, cancellationToken));
        }
        catch (Exception e) when (e is KnowledgeFormatException or ArgumentException)
        {
            // The store's own bounds (e.g. a section over 64 KiB) name what is too large, as format errors do.
            return AdminReply.Error(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static async Task<IResult> ListAsync(string profile, IKnowledgeStore store, CancellationToken cancellationToken) =>
        AdminReply.Ok(await store.ListDocumentsAsync(profile, cancellationToken));

    private static async Task<IResult> DeleteAsync(string profile, long id, IKnowledgeStore store, CancellationToken cancellationToken) =>
        await store.DeleteDocumentAsync(profile, id, cancellationToken)
            ? AdminReply.Ok(new { Deleted = id })
            : AdminReply.Error(StatusCodes.Status404NotFound, $"profile '{profile}' has no document {id}");
}
