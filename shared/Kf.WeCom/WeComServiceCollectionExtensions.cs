using Kf.WeCom.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kf.WeCom;

/// <summary>Registration of the WeCom options and API client.</summary>
public static class WeComServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="WeComOptions"/> to the <c>WeCom</c> section and validates it at start.
    /// With <paramref name="requireCredentials"/>, CorpId and Secret must be set too.
    /// Safe to call more than once; a requirement added once stays.
    /// </summary>
    public static OptionsBuilder<WeComOptions> AddWeComOptions(this IServiceCollection services, bool requireCredentials = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>());
        if (requireCredentials)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComOptions>, WeComCredentialsValidator>());
        }

        return services.AddOptions<WeComOptions>()
            .BindConfiguration(WeComOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }

    /// <summary>
    /// Registers <see cref="WeComApiClient"/> as a typed HTTP client whose base address is
    /// <c>WeCom:ApiBaseUrl</c>, the singleton <see cref="AccessTokenCache"/>, the options (see
    /// <see cref="AddWeComOptions"/>) and <see cref="TimeProvider.System"/> unless a TimeProvider is
    /// registered. The factory's request logging is removed because its URLs carry the access token
    /// (and, for gettoken, the secret); the client logs api name, errcode and elapsed time instead.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="requireCredentials">Fail at start unless WeCom:CorpId and WeCom:Secret are set.</param>
    /// <returns>The client's builder, to add handlers (a proxy, resilience) if the host wants them.</returns>
    public static IHttpClientBuilder AddWeComApi(this IServiceCollection services, bool requireCredentials = true)
    {
        services.AddWeComOptions(requireCredentials);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccessTokenCache>();
        return services
            .AddHttpClient<WeComApiClient>((provider, http) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<WeComOptions>>().Value.ApiBaseUrl;
                // A trailing slash keeps a path prefix (a simulator under /wecom) when relative URIs are resolved.
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
                // The client bounds each exchange with WeCom:ApiTimeout itself.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers();
    }
}
