using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kf.ServiceDefaults.Configuration;

/// <summary>Validation of <c>ConnectionStrings</c> at start, one validator per key a process needs.</summary>
public static class ConnectionStringsExtensions
{
    /// <summary>
    /// Binds <see cref="ConnectionStringsOptions"/>, validates it at start and adds
    /// <typeparamref name="TValidator"/> once (the storage layer adds its MySQL validator the same way).
    /// </summary>
    public static IServiceCollection AddConnectionStringsValidator<TValidator>(this IServiceCollection services)
        where TValidator : class, IValidateOptions<ConnectionStringsOptions>
    {
        services.AddOptions<ConnectionStringsOptions>().BindConfiguration(ConnectionStringsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectionStringsOptions>, TValidator>());
        return services;
    }
}
