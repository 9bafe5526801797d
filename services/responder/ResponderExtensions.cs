using System.Net.Http.Headers;
using Kf.Knowledge;
using Kf.Knowledge.Admin;
using Kf.Responder.Answering;
using Kf.Responder.Backends;
using Kf.Responder.Backends.Coze;
using Kf.Responder.Consumers;
using Kf.Responder.Conversations;
using Kf.Responder.Diagnostics;
using Kf.ServiceDefaults.Redis;
using Kf.Storage;
using Kf.WeCom;
using MassTransit;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace Kf.Responder;

/// <summary>Composition of the responder, for its own Program.cs and the all-in-one host.</summary>
public static class ResponderExtensions
{
    /// <summary>
    /// Options (validated at start), the WeCom API client (session state), leases, the stores, the knowledge
    /// base and its admin API's settings (map it with <c>MapKnowledgeAdmin</c>), the model backend chosen by <c>Llm:Provider</c>. The bus is the host's: pass <see cref="AddResponderConsumers"/> to its <c>AddKfBus</c>.
    /// </summary>
    public static TBuilder AddResponder<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<ResponderOptions>().BindConfiguration(ResponderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CozeOptions>().BindConfiguration(CozeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResponderOptions>, ResponderOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.AddWeComApi(requireCredentials: true);
        builder.AddKfCoordination();
        builder.AddKfStorage();
        builder.AddKfKnowledge();
        builder.AddKnowledgeAdmin();
        AddBackend(builder);
        services.TryAddSingleton<ResponderMetrics>();
        services.TryAddSingleton<MemoryPolicy>();
        services.TryAddSingleton<CustomerLock>();
        services.TryAddScoped<SessionGate>();
        services.TryAddScoped<KnowledgeLookup>();
        services.TryAddScoped<AnswerComposer>();
        services.TryAddScoped<PlanPublisher>();
        services.TryAddScoped<MessageAnswerer>();
        services.TryAddScoped<ConversationProcessor>();
        return builder;
    }

    /// <summary>
    /// The responder's consumer on the host's bus, reading the queue <c>Responder:EndpointName</c>.
    /// <paramref name="endpoint"/> may adjust the endpoint, e.g. a test that sends to the queue directly
    /// turns off its binding to the CustomerMessageReceived exchange (ConfigureConsumeTopology).
    /// </summary>
    public static IBusRegistrationConfigurator AddResponderConsumers(
        this IBusRegistrationConfigurator bus, Action<IEndpointRegistrationConfigurator>? endpoint = null)
    {
        var consumer = bus.AddConsumer<CustomerMessageReceivedConsumer, CustomerMessageReceivedConsumerDefinition>();
        if (endpoint is not null)
        {
            consumer.Endpoint(endpoint);
        }

        return bus;
    }

    // Read at registration, since it decides what is registered; a bad value is refused at start by LlmOptionsValidator.
    // Either provider is an IChatClient (Microsoft.Extensions.AI) behind the one ModelChatBackend.
    private static void AddBackend(IHostApplicationBuilder builder)
    {
        var llm = builder.Configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        if (llm.Kind == LlmProvider.OpenAi)
        {
            builder.Services.TryAddSingleton<IChatClient>(services =>
            {
                var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
                // Llm:TimeoutSeconds bounds the whole answer, and a failure gets the friendly reply at once.
                return new ChatClient(options.Model, OpenAiCompatibleEndpoint.Credential(options.ApiKey),
                    OpenAiCompatibleEndpoint.Options(options.BaseUrl!, options.TimeoutSeconds)).AsIChatClient();
            });
            builder.Services.TryAddSingleton(services =>
            {
                var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
                return new ModelChatProfile("openai", UsesMemory: true, options.SystemPrompt, (float?)options.Temperature, PassesUserId: false);
            });
        }
        else if (llm.Kind == LlmProvider.Coze)
        {
            builder.Services.AddHttpClient<IChatClient, CozeChatClient>((services, http) =>
            {
                var coze = services.GetRequiredService<IOptions<CozeOptions>>().Value;
                http.BaseAddress = new Uri(coze.BaseUrl.EndsWith('/') ? coze.BaseUrl : coze.BaseUrl + "/");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", coze.Token);
                // The answer's own timeout (Llm:TimeoutSeconds) bounds the whole exchange.
                http.Timeout = Timeout.InfiniteTimeSpan;
            }).RemoveAllLoggers();
            // The bot carries its own persona and conversation: no system prompt, no remembered turns.
            builder.Services.TryAddSingleton(new ModelChatProfile(CozeChatClient.BackendName, UsesMemory: false, SystemPrompt: null, Temperature: null, PassesUserId: true));
        }
        else
        {
            return;
        }

        builder.Services.TryAddScoped<IChatBackend, ModelChatBackend>();
    }
}
