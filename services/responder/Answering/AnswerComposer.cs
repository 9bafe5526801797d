using System.Diagnostics;
using Kf.Responder.Backends;
using Kf.Responder.Diagnostics;
using Kf.Storage;
using Kf.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace Kf.Responder.Answering;

/// <summary>
/// Decides what to say to one message: nothing while a human holds the session, the polite reply to
/// non-text, the configuration hint without a model, else the model's answer, and the friendly error
/// reply when the model times out or fails (never silence, never a stack trace).
/// </summary>
internal sealed class AnswerComposer(
    SessionGate gate,
    IConversationStore store,
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

        if (backend is null)
        {
            return new Composed(AnswerOutcome.NoModel, settings.NoModelReply, unknownState ?? "Llm:Provider not set");
        }

        var history = backend.UsesMemory ? await store.RecentTurnsAsync(customer.UserId, memory.Limits(), cancellationToken) : [];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(llm.Value.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = await backend.AnswerAsync(new ChatRequest(customer.UserId, message.Text, history), timeout.Token);
            metrics.BackendAnswered(backend.Name, "ok", Stopwatch.GetElapsedTime(started));
            return string.IsNullOrWhiteSpace(answer)
                ? new Composed(AnswerOutcome.BackendFailed, settings.ErrorReply, "empty answer")
                : new Composed(AnswerOutcome.Answered, answer.Trim(), unknownState);
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
    }

    private static int? StatusOf(Exception e) => e switch
    {
        System.ClientModel.ClientResultException result => result.Status,
        HttpRequestException http => (int?)http.StatusCode,
        _ => null,
    };
}
