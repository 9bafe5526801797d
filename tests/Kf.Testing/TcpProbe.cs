using System.Net.Sockets;

namespace Kf.Testing;

/// <summary>Connects, optionally sends a greeting, and reads the first bytes the server answers.</summary>
internal static class TcpProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <returns>At least <paramref name="minimum"/> bytes, or fewer if the server closed the connection.</returns>
    public static async Task<byte[]> ExchangeAsync(string host, int port, byte[] send, int minimum)
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, cts.Token);
            var stream = client.GetStream();
            if (send.Length > 0)
            {
                await stream.WriteAsync(send, cts.Token);
            }

            var buffer = new byte[Math.Max(minimum, 64)];
            var read = await stream.ReadAtLeastAsync(buffer, minimum, throwOnEndOfStream: false, cts.Token);
            return buffer[..read];
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no answer within {Timeout.TotalSeconds:0} s");
        }
    }
}
