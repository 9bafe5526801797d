namespace Kf.Simulator.Api;

internal static class ApiRouteExtensions
{
    /// <summary>Names the call for stats and faults (<c>sync_msg</c>, <c>send_msg</c>…) and applies <see cref="ApiFilter"/>.</summary>
    public static RouteHandlerBuilder WithApi(this RouteHandlerBuilder builder, string api, bool requiresToken = true) =>
        builder.AddEndpointFilter(new ApiFilter(api, requiresToken)).WithName("wecom-" + api.Replace('/', '-'));
}
