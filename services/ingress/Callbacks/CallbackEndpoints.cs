using Kf.Ingress.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kf.Ingress.Callbacks;

internal static class CallbackEndpoints
{
    public const string Path = "/wecom/callback";

    public static IEndpointRouteBuilder MapCallbacks(this IEndpointRouteBuilder app)
    {
        var maxBody = app.ServiceProvider.GetRequiredService<IOptions<IngressOptions>>().Value.MaxBodyBytes;
        var callbacks = app.MapGroup(Path);

        callbacks.MapGet("", ([AsParameters] CallbackQuery query, CallbackHandler handler) => handler.Verify(query));

        // Kestrel stops reading past the bound too, so an oversized body never sits in memory.
        callbacks.MapPost("", ([AsParameters] CallbackQuery query, HttpRequest request, CallbackHandler handler) =>
                handler.ReceiveAsync(query, request))
            .WithMetadata(new RequestSizeLimitAttribute(maxBody));

        return app;
    }
}
