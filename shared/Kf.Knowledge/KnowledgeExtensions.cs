using Kf.Knowledge.Embeddings;
using Kf.Knowledge.Import;
using Kf.Knowledge.Retrieval;
using Kf.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Kf.Knowledge;

/// <summary>Composition of the knowledge base, for the responder, the all-in-one host and the <c>kf</c> command.</summary>
public static class KnowledgeExtensions
{
    /// <summary>
    /// <see cref="KnowledgeOptions"/> and <see cref="EmbeddingOptions"/> (validated at start), the store
    /// (through <c>AddKfStorage</c>), the importer, the in-memory retrieval index and, when
    /// <c>Embeddings:BaseUrl</c> is set, the embedding client.
    /// </summary>
    public static TBuilder AddKfKnowledge<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(IKnowledgeBase)))
        {
            return builder;
        }

        builder.AddKfStorage();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, ChunkOptionsValidator>());
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>());
        // Read at registration: it decides whether vectors exist at all. A half-set section is refused at start.
        var embeddings = new EmbeddingOptions();
        builder.Configuration.GetSection(EmbeddingOptions.Section).Bind(embeddings);
        if (embeddings.Enabled)
        {
            services.TryAddSingleton<IEmbeddingClient, OpenAiEmbeddingClient>();
        }

        services.TryAddSingleton<IKnowledgeImporter, KnowledgeImporter>();
        services.TryAddSingleton<IKnowledgeBase, KnowledgeBase>();
        return builder;
    }
}
