using System.Net.Http.Headers;
using System.Text.Json;
using Kf.WeCom.Json;
using Kf.WeCom.Models;

namespace Kf.WeCom.Api;

public sealed partial class WeComApiClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private Task<TResponse> PostJsonAsync<TRequest, TResponse>(string api, TRequest body, CancellationToken cancellationToken)
        where TResponse : WeComResponse
    {
        // Serialized once: a retry after a token refresh sends the same bytes.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, WeComJson.Options);
        return CallAsync(
            api,
            options.Value.ApiTimeout,
            token => new HttpRequestMessage(HttpMethod.Post, ApiUri(api, token))
            {
                Content = new ByteArrayContent(bytes) { Headers = { ContentType = JsonMediaType } },
            },
            ReadJsonAsync<TResponse>,
            cancellationToken);
    }

    private Task<TResponse> GetJsonAsync<TResponse>(string api, string query, CancellationToken cancellationToken)
        where TResponse : WeComResponse =>
        CallAsync(
            api,
            options.Value.ApiTimeout,
            token => new HttpRequestMessage(HttpMethod.Get, ApiUri(api, token, query)),
            ReadJsonAsync<TResponse>,
            cancellationToken);

    // The token retry: 40014/42001 (invalid/expired) and 40001 (credential) drop the token that was
    // rejected (only if still cached, so concurrent callers cause one refresh) and retry once.
    private async Task<T> CallAsync<T>(
        string api,
        TimeSpan timeout,
        Func<string, HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<ApiReply<T>>> read,
        CancellationToken cancellationToken)
    {
        var (corpId, secret) = Credentials();
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(corpId, secret, GetTokenAsync, cancellationToken).ConfigureAwait(false);
            var reply = await ExchangeAsync(api, timeout, () => createRequest(token.Value), read, cancellationToken).ConfigureAwait(false);
            if (reply.ErrCode == WeComErrorCodes.Ok)
            {
                return reply.Value!;
            }

            if (attempt == 1 && WeComErrorCodes.IsAccessTokenRejected(reply.ErrCode))
            {
                WeComLog.AccessTokenRejected(logger, api, reply.ErrCode);
                tokens.Invalidate(corpId, secret, token);
                continue;
            }

            throw new WeComApiException(api, reply.ErrCode, reply.ErrMsg);
        }
    }

    private async Task<ApiReply<T>> ExchangeAsync<T>(
        string api,
        TimeSpan timeout,
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<ApiReply<T>>> read,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        ApiReply<T> reply;
        try
        {
            using var request = createRequest();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw TransportFailure(api, started, $"HTTP status {(int)response.StatusCode}", null, response.StatusCode);
            }

            reply = await read(response, linked.Token).ConfigureAwait(false);
        }
        // Not the caller's cancellation, so a timeout: ours, or HttpClient.Timeout if a host set one.
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw TransportFailure(api, started, $"timed out after {timeout}", new TimeoutException($"WeCom {api} timed out after {timeout}.", ex));
        }
        catch (HttpRequestException ex)
        {
            throw TransportFailure(api, started, ex.Message, ex);
        }
        catch (JsonException ex)
        {
            throw TransportFailure(api, started, "the answer is not the expected JSON", ex);
        }

        LogReply(api, reply.ErrCode, started);
        return reply;
    }

    private static async Task<ApiReply<T>> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : WeComResponse
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var value = await JsonSerializer.DeserializeAsync<T>(stream, WeComJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The answer is JSON null.");
            return new ApiReply<T>(value.ErrCode, value.ErrMsg, value);
        }
    }

    private void LogReply(string api, int errCode, long started)
    {
        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        if (errCode == WeComErrorCodes.Ok)
        {
            WeComLog.ApiSucceeded(logger, api, elapsedMs);
        }
        else if (WeComErrorCodes.NeedsOperator(errCode))
        {
            WeComLog.ApiNeedsOperator(logger, api, errCode, elapsedMs);
        }
        else
        {
            WeComLog.ApiError(logger, api, errCode, elapsedMs);
        }
    }

    private WeComTransportException TransportFailure(
        string api, long started, string reason, Exception? inner, System.Net.HttpStatusCode? statusCode = null)
    {
        WeComLog.ApiTransportFailed(logger, api, (long)time.GetElapsedTime(started).TotalMilliseconds, reason);
        return new WeComTransportException(api, $"WeCom {api} got no answer: {reason}.", inner, statusCode);
    }
}
