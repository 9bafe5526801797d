using Microsoft.AspNetCore.Http;

namespace Kf.Knowledge.Admin;

/// <summary>The <c>{profile}</c> of every admin route is a valid profile name, or 400 before anything is read or stored.</summary>
internal sealed class ProfileFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var profile = context.HttpContext.Request.RouteValues["profile"] as string;
        return ProfileName.IsValid(profile)
            ? await next(context)
            : AdminReply.Error(StatusCodes.Status400BadRequest, $"profile '{profile}' is invalid: {ProfileName.Rule}");
    }
}
