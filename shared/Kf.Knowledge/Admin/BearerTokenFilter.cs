using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Kf.Knowledge.Admin;

/// <summary>
/// <c>Authorization: Bearer &lt;Admin:Token&gt;</c> or 401 with <c>WWW-Authenticate: Bearer</c>. The token is
/// compared in constant time over SHA-256 digests, so neither its content nor its length leaks through timing.
/// </summary>
internal sealed class BearerTokenFilter(string token) : IEndpointFilter
{
    private const string Scheme = "Bearer ";
    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var given = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        if (given is null || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _expected))
        {
            context.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return AdminReply.Error(StatusCodes.Status401Unauthorized, "missing or wrong bearer token (Admin:Token)");
        }

        return await next(context);
    }
}
