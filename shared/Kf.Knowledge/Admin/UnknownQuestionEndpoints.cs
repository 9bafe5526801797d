using System.Globalization;
using Kf.Storage.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kf.Knowledge.Admin;

/// <summary>
/// <c>GET /admin/kb/{profile}/unknown-questions?include_resolved=&amp;limit=</c> and
/// <c>POST /admin/kb/{profile}/unknown-questions/resolve</c>: what the bot could not answer, and the fix.
/// </summary>
internal static class UnknownQuestionEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxQuestionLength = 1000;
    public const int MaxAnswerLength = 4000;

    public static void MapUnknownQuestions(this RouteGroupBuilder kb)
    {
        kb.MapGet("/unknown-questions", ListAsync);
        kb.MapPost("/unknown-questions/resolve", ResolveAsync);
    }

    // Query values parsed here rather than bound: a bad one gets an error naming it, not an empty 400.
    private static async Task<IResult> ListAsync(string profile, HttpRequest request, IKnowledgeStore store, CancellationToken cancellationToken)
    {
        var includeResolved = false;
        if (request.Query["include_resolved"].ToString() is { Length: > 0 } flag && !bool.TryParse(flag, out includeResolved))
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, "include_resolved must be true or false");
        }

        var limit = DefaultLimit;
        if (request.Query["limit"].ToString() is { Length: > 0 } given
            && (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > KnowledgeLimits.MaxListLimit))
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, $"limit must be between 1 and {KnowledgeLimits.MaxListLimit}");
        }

        return AdminReply.Ok(await store.ListUnknownAsync(profile, includeResolved, limit, cancellationToken));
    }

    private static async Task<IResult> ResolveAsync(
        string profile, HttpRequest request, IKnowledgeStore store, ResolvedQuestions resolved, CancellationToken cancellationToken)
    {
        var (body, error) = await AdminBody.ReadAsync<ResolveRequest>(
            request, AdminBody.SmallLimit, """{"group_key": "...", "question": "...", "answer": "..."}""", cancellationToken);
        if (body is null)
        {
            return error!;
        }

        if (string.IsNullOrWhiteSpace(body.GroupKey) || body.GroupKey.Length > KnowledgeLimits.MaxGroupKeyLength)
        {
            return AdminReply.Error(
                StatusCodes.Status400BadRequest, $"group_key is required: 1-{KnowledgeLimits.MaxGroupKeyLength} characters, as listed by GET unknown-questions");
        }

        if (string.IsNullOrWhiteSpace(body.Question) || body.Question.Trim().Length > MaxQuestionLength)
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, $"question is required: 1-{MaxQuestionLength} characters");
        }

        if (string.IsNullOrWhiteSpace(body.Answer) || body.Answer.Trim().Length > MaxAnswerLength)
        {
            return AdminReply.Error(StatusCodes.Status400BadRequest, $"answer is required: 1-{MaxAnswerLength} characters");
        }

        // Checked first, so a mistyped key adds no Q/A pair. Beyond the longest list the key is trusted.
        var groups = await store.ListUnknownAsync(profile, includeResolved: true, KnowledgeLimits.MaxListLimit, cancellationToken);
        if (groups.Count < KnowledgeLimits.MaxListLimit && !groups.Any(g => g.GroupKey == body.GroupKey))
        {
            return AdminReply.Error(StatusCodes.Status404NotFound, $"profile '{profile}' has no unknown question with group_key '{body.GroupKey}'");
        }

        var import = await resolved.AddAsync(profile, body.Question.Trim(), body.Answer.Trim(), cancellationToken);
        var questions = await store.ResolveUnknownAsync(profile, body.GroupKey, cancellationToken);
        return AdminReply.Ok(new { body.GroupKey, Resolved = questions, Import = import });
    }
}
