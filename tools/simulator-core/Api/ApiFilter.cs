using Microsoft.Extensions.DependencyInjection;

namespace Kf.Simulator.Api;

/// <summary>
/// What every /cgi-bin call goes through, in the order a real gateway applies it: count the call,
/// inject latency and HTTP-status faults, then check the access_token (41001 missing, 40014 invalid
/// or revoked, 42001 expired).
/// </summary>
internal sealed class ApiFilter(string api, bool requiresToken) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var state = http.RequestServices.GetRequiredService<SimulatorState>();
        int? status;
        int latencyMs;
        int tokenCheck;
        lock (state.Gate)
        {
            state.Stats.CountCall(api);
            latencyMs = state.Faults.Take(Fault.Latency, api)?.Ms ?? 0;
            status = state.Faults.Take(Fault.HttpStatus, api)?.Status;
            tokenCheck = requiresToken ? state.AccessTokens.Check(http.Request.Query["access_token"], state.Now) : AccessTokens.Valid;
        }

        if (latencyMs > 0)
        {
            await Task.Delay(latencyMs, http.RequestAborted);
        }

        if (status is { } code)
        {
            // What a gateway in front of the API answers: not JSON, so a client must check the status first.
            return TypedResults.Text($"<html><body>{code} kf-simulator fault</body></html>", "text/html", statusCode: code);
        }

        return tokenCheck switch
        {
            AccessTokens.Missing => WeComReply.Error(tokenCheck, "access_token missing"),
            AccessTokens.Invalid => WeComReply.Error(tokenCheck, "invalid access_token"),
            AccessTokens.Expired => WeComReply.Error(tokenCheck, "access_token expired"),
            _ => await next(context),
        };
    }
}
