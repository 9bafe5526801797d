using System.Diagnostics;
using Kf.Responder.Backends;
using Kf.Responder.Diagnostics;
using Kf.Storage;
using Kf.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Answering;

/// <summary>
/// Decides what to say to one message: nothing while a human holds the session, the polite reply to
/// non-text; then, when the account's profile has knowledge, the FAQ answer (no model) or the model's
/// answer grounded in the top chunks, and "needs a human" when the knowledge does not cover the question;
/// without knowledge, the configuration hint (no model) or the model's answer as is. The friendly error
/// reply when the model times out or fails (never silence, never a stack trace).
/// </summary>
internal sealed class AnswerComposer(
    SessionGate gate,
    IConversationStore store,
    KnowledgeLookup knowledge,
    IOptions<ResponderOptions> options,
    IOptions<LlmOptions> llm,
    MemoryPolicy memory,
    ResponderMetrics metrics,
    ILogger<AnswerComposer> logger,
    IChatBackend? backend = null)
{
    public async Task<Composed> ComposeAsync(IncomingMessage message, Customer customer, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var verdict = await gate.CheckAsync(message.OpenKfId, message.ExternalUserId, cancellationToken);
        if (!verdict.MayAnswer)
        {
            return new Composed(AnswerOutcome.HumanHolds, null, $"service_state {(int)verdict.State!}");
        }

        var unknownState = verdict.State is null ? "service_state unknown (WeCom not reachable); answered" : null;
        if (message.MsgType != IncomingMessage.TextType || string.IsNullOrWhiteSpace(message.Text))
        {
            return new Composed(AnswerOutcome.NonText, settings.NonTextReply, unknownState ?? $"msgtype {message.MsgType}");
        }

        var retrieved = await knowledge.FindAsync(message, cancellationToken);
        if (backend is null)
        {
            return retrieved is null
                ? new Composed(AnswerOutcome.NoModel, settings.NoModelReply, unknownState ?? "Llm:Provider not set")
                : await knowledge.AnswerFromFaqAsync(message, retrieved, cancellationToken);
        }

        if (retrieved is not null && knowledge.TooWeak(retrieved))
        {
            return await knowledge.NeedsHumanAsync(message, retrieved, knowledge.WeakReason(retrieved), cancellationToken);
        }

        return await AskModelAsync(backend, message, customer, retrieved, unknownState, cancellationToken);
    }

    private async Task<Composed> AskModelAsync(
        IChatBackend backend, IncomingMessage message, Customer customer, Retrieved? retrieved, string? unknownState, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var history = backend.UsesMemory ? await store.RecentTurnsAsync(customer.UserId, memory.Limits(), cancellationToken) : [];
        var request = new ChatRequest { UserId = customer.UserId, Text = message.Text!, History = history, Knowledge = retrieved?.Excerpts ?? [] };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(llm.Value.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        string answer;
        try
        {
            answer = await backend.AnswerAsync(request, timeout.Token);
            metrics.BackendAnswered(backend.Name, "ok", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure of the model (timeout, HTTP, its own error codes) becomes the friendly reply;
            // only the host's own cancellation (shutdown) propagates, so the bus redelivers the message.
            var why = timeout.IsCancellationRequested ? "timeout" : "error";
            metrics.BackendAnswered(backend.Name, why, Stopwatch.GetElapsedTime(started));
            // Type and HTTP status only: provider error texts may echo key fragments or the prompt.
            logger.BackendFailed(backend.Name, message.MsgId, why, e.GetType().Name, StatusOf(e));
            return new Composed(AnswerOutcome.BackendFailed, settings.ErrorReply, $"{backend.Name} {why}");
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            return new Composed(AnswerOutcome.BackendFailed, settings.ErrorReply, "empty answer");
        }

        // Only a model given excerpts was told the marker; an answer carrying it is never sent.
        return retrieved is not null && KnowledgePrompt.SaysNeedsHuman(answer)
            ? await knowledge.NeedsHumanAsync(message, retrieved, $"{backend.Name} said the knowledge does not cover it", cancellationToken)
            : new Composed(AnswerOutcome.Answered, answer.Trim(), unknownState);
    }

    private static int? StatusOf(Exception e) => e switch
    {
        System.ClientModel.ClientResultException result => result.Status,
        HttpRequestException http => (int?)http.StatusCode,
        _ => null,
    };
}
