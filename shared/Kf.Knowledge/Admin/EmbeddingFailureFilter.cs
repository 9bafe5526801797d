using Kf.Knowledge.Embeddings;
using Microsoft.AspNetCore.Http;

namespace Kf.Knowledge.Admin;

/// <summary>
/// The embedding endpoint failing (import, resolve, search) is not the caller's fault nor Kf's: 502 with what
/// went wrong (its message never carries the key or the texts), instead of an empty 500. Nothing was stored.
/// </summary>
internal sealed class EmbeddingFailureFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (EmbeddingException e)
        {
            return AdminReply.Error(StatusCodes.Status502BadGateway, e.Message);
        }
    }
}
