using Kf.Ingress.Callbacks;
using Kf.Ingress.Configuration;
using Kf.Ingress.Diagnostics;
using Kf.WeCom.Callback;
using Kf.WeCom.Crypto;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kf.Ingress;

public static class IngressExtensions
{
    // Expects AddServiceDefaults() and AddKfBus() from the host: the all-in-one host registers one
    // bus for every service, so the ingress must not add its own.
    public static TBuilder AddIngress<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<CallbackOptions>().BindConfiguration(CallbackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngressOptions>().BindConfiguration(IngressOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CallbackOptions>>().Value;
            return new CallbackDecoder(new WeComCallbackCrypto(options.Token, options.EncodingAesKey, options.CorpId));
        });
        services.AddSingleton<IngressMetrics>();
        services.AddSingleton<CallbackHandler>();
        return builder;
    }

    // CallbackEndpoints stays internal (a feature folder); this is the all-in-one host's way in.
    public static IEndpointRouteBuilder MapIngress(this IEndpointRouteBuilder app) => app.MapCallbacks();
}
