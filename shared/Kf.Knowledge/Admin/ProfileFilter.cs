using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Kf.Knowledge.Admin;

/// <summary>The <c>{profile}</c> of every admin route is a valid profile name, or 400 before anything is read or stored.</summary>
internal sealed partial class ProfileFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var profile = context.HttpContext.Request.RouteValues["profile"] as string;
        return profile is not null && IsValid(profile)
            ? await next(context)
            : AdminReply.Error(StatusCodes.Status400BadRequest, $"profile '{profile}' is invalid: 1-64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit");
    }

    /// <summary>The rule of <c>Knowledge:DefaultProfile</c>, for every profile name.</summary>
    public static bool IsValid(string profile) => Pattern().IsMatch(profile);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex Pattern();
}
