using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Kf.Testing.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over <see cref="ClientWebSocket"/>: send a command,
/// wait for the answer with the same id, skip events. Enough to type, click, read and screenshot.
/// </summary>
public sealed class CdpSession(ClientWebSocket socket) : IAsyncDisposable
{
    private int _nextId;

    public static async Task<CdpSession> ConnectAsync(Uri webSocketUrl)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(webSocketUrl, timeout.Token);
        return new CdpSession(socket);
    }

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.SendAsync(Encoding.UTF8.GetBytes(command.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        while (true)
        {
            var message = await ReceiveAsync(timeout.Token);
            if ((int?)message["id"] != id)
            {
                continue;
            }

            if (message["error"] is { } error)
            {
                throw new InvalidOperationException($"CDP {method} failed: {error.ToJsonString()}");
            }

            return message["result"]!.AsObject();
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        return result["result"]?["value"];
    }

    private async Task<JsonObject> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        socket.Dispose();
    }
}
