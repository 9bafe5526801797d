using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge.Admin;

/// <summary>The knowledge base's admin HTTP API, for the responder and the all-in-one host.</summary>
public static class KnowledgeAdminExtensions
{
    /// <summary>The knowledge base (<see cref="KnowledgeExtensions.AddKfKnowledge"/>) and <see cref="AdminOptions"/>, validated at start.</summary>
    public static TBuilder AddKnowledgeAdmin<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddKfKnowledge();
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.TryAddSingleton<ResolvedQuestions>();
        return builder;
    }

    /// <summary>
    /// <c>/admin/kb/{profile}/…</c> behind the bearer token <c>Admin:Token</c>: documents (import, list, delete),
    /// a test search, unknown questions (list, resolve). Without a token nothing is mapped, and a log line says so.
    /// </summary>
    public static TEndpoints MapKnowledgeAdmin<TEndpoints>(this TEndpoints endpoints)
        where TEndpoints : IEndpointRouteBuilder
    {
        // Reading the value validates it: a short token stops the process here, naming the key.
        var token = endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.Token;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Kf.Knowledge.Admin");
        if (string.IsNullOrEmpty(token))
        {
            logger.AdminApiOff();
            return endpoints;
        }

        var kb = endpoints.MapGroup("/admin/kb/{profile}")
            .AddEndpointFilter(new BearerTokenFilter(token.Trim()))
            .AddEndpointFilter<ProfileFilter>()
            .AddEndpointFilter<EmbeddingFailureFilter>();
        kb.MapDocuments();
        kb.MapSearch();
        kb.MapUnknownQuestions();
        logger.AdminApiOn();
        return endpoints;
    }
}
