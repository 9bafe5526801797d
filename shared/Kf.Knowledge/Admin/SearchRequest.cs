namespace Kf.Knowledge.Admin;

/// <summary>The body of <c>POST /admin/kb/{profile}/search</c>.</summary>
/// <param name="Query">What a customer might ask.</param>
/// <param name="Top">How many hits; <c>Knowledge:TopK</c> when null.</param>
internal sealed record SearchRequest(string? Query, int? Top);
