using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kf.EndToEnd.Tests;

/// <summary>
/// The proxy the broker tests stand on (<see cref="TcpProxy"/>), in front of a loopback listener: no servers
/// needed. What a pause holds must not pass before the resume, and a cut must drop it.
/// </summary>
public sealed class TcpProxyTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly TcpListener _server = new(IPAddress.Loopback, 0);
    private readonly TcpClient _client = new();
    private TcpProxy _proxy = null!;
    private TcpClient _accepted = null!;

    [Fact]
    public async Task Should_pass_the_bytes_held_by_a_pause_on_when_resumed()
    {
        await WriteWhilePausedAsync("held");
        Assert.True(_proxy.Paused);
        _proxy.Resume();

        var buffer = new byte[4];
        await _accepted.GetStream().ReadExactlyAsync(buffer).AsTask().WaitAsync(Bound);
        Assert.Equal("held", Encoding.ASCII.GetString(buffer));
        Assert.Equal(0, _proxy.HeldBytes);
        Assert.False(_proxy.Paused);
    }

    [Fact]
    public async Task Should_drop_the_bytes_held_by_a_pause_when_cut()
    {
        await WriteWhilePausedAsync("lost");
        _proxy.Cut();

        // The server's side ends (closed or reset) without a byte of what the client wrote.
        Assert.Equal(0, await ReadToEndAsync(_accepted.GetStream()).WaitAsync(Bound));
    }

    public async Task InitializeAsync()
    {
        _server.Start();
        _proxy = new TcpProxy("127.0.0.1", ((IPEndPoint)_server.LocalEndpoint).Port);
        await _client.ConnectAsync(IPAddress.Loopback, _proxy.Port);
        _accepted = await _server.AcceptTcpClientAsync().WaitAsync(Bound);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _accepted?.Dispose();
        await _proxy.DisposeAsync();
        _server.Dispose();
    }

    // Written after the pause: the proxy reads it and holds it.
    private async Task WriteWhilePausedAsync(string text)
    {
        _proxy.Pause();
        await _client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(text));
        await Eventually.WaitAsync(() => _proxy.HeldBytes > 0, "the pause holds what the client wrote", seconds: 10);
    }

    private static async Task<int> ReadToEndAsync(NetworkStream stream)
    {
        var total = 0;
        var buffer = new byte[64];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                total += read;
            }
        }
        catch (IOException)
        {
            // Reset by the cut: the end of the stream here.
        }

        return total;
    }
}
