using Kf.Knowledge.Retrieval;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Admin;

/// <summary><c>POST /admin/kb/{profile}/search</c>: what the bot would retrieve for a question, with every score.</summary>
internal static class SearchEndpoints
{
    public const int MaxTop = 50;

    /// <summary>Longest query; a customer message of WeChat is at most 2048 bytes anyway.</summary>
    public const int MaxQueryLength = 2000;

    public static void MapSearch(this RouteGroupBuilder kb) => kb.MapPost("/search", SearchAsync);

    private static async Task<IResult> SearchAsync(
        string profile, HttpRequest request, IKnowledgeBase knowledge, IOptions<KnowledgeOptions> options, CancellationToken cancellationToken)
    {
        var (body, error) = await AdminBody.ReadAsync<SearchRequest>(request, AdminBody.SmallLimit, """{"query": "...", "top": 5}""", cancellationToken);
        if (body is null)
        {
            return error!;
        }

        if (string.IsNullOrWhiteSpace(body.Query) || body.Query.Length > MaxQueryLength)
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, $"query is required: 1-{MaxQueryLength} characters");
        }

        var top = body.Top ?? options.Value.TopK;
        if (top is < 1 or > MaxTop)
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, $"top must be between 1 and {MaxTop}");
        }

        var hits = await knowledge.SearchAsync(profile, body.Query, top, cancellationToken);
        return AdminReply.Ok(new { body.Query, Hits = hits.Select(SearchHitView.From).ToList() });
    }
}
