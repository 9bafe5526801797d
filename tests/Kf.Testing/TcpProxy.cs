using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Kf.Testing;

/// <summary>
/// A loopback TCP proxy to one server, so a test can take a server away from one client without
/// stopping the server other suites share. <see cref="Cut"/> closes every live connection and
/// refuses new ones (accepted and reset at once); <see cref="Restore"/> lets connections through again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _host;
    private readonly int _port;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _live = new();
    private readonly Task _accepting;
    private volatile bool _cut;
    private int _connections;
    private int _refused;

    /// <summary>Starts listening on a free loopback port in front of <paramref name="host"/>:<paramref name="port"/>.</summary>
    public TcpProxy(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Connections accepted and passed through so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Connections refused while cut.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Closes every live connection (with a reset) and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var client in _live.Keys)
        {
            Abort(client);
        }
    }

    /// <summary>Lets new connections through again.</summary>
    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // A client that gave up before the accept: keep listening.
                continue;
            }

            if (_cut)
            {
                Interlocked.Increment(ref _refused);
                Abort(inbound);
                continue;
            }

            _ = PipeAsync(inbound);
        }
    }

    private async Task PipeAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        _live[inbound] = 0;
        _live[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(_host, _port, _stop.Token);
            Interlocked.Increment(ref _connections);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), either.Token);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), either.Token);
            await Task.WhenAny(up, down);
            await either.CancelAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // A cut, a closed side or the proxy stopping: both sides are closed below.
        }
        finally
        {
            _live.TryRemove(inbound, out _);
            _live.TryRemove(outbound, out _);
            Abort(inbound);
            Abort(outbound);
        }
    }

    private static void Abort(TcpClient client)
    {
        // Cut and the pipe's own cleanup can race here: TcpClient.Client turns null once closed.
        if (client.Client is { } socket)
        {
            try
            {
                // Linger 0 sends a reset, as a dead broker's host would: the client notices at once.
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }
        }

        client.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stop.Dispose();
    }
}
