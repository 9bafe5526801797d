namespace Kf.Knowledge.Admin;

/// <summary>The body of <c>POST /admin/kb/{profile}/unknown-questions/resolve</c>.</summary>
/// <param name="GroupKey">The group, as listed by <c>GET …/unknown-questions</c>.</param>
/// <param name="Question">The question as it should stand in the FAQ.</param>
/// <param name="Answer">The answer the bot gives from now on.</param>
internal sealed record ResolveRequest(string? GroupKey, string? Question, string? Answer);
