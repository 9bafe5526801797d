using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Kf.Testing;

/// <summary>
/// A loopback TCP proxy to one server, so a test can take a server away from one client without
/// stopping the server other suites share. <see cref="Cut"/> closes every live connection and
/// refuses new ones (accepted and reset at once); <see cref="Restore"/> lets connections through again.
/// <see cref="Pause"/> holds every byte either way while the connections stay open (a network that
/// stopped delivering: neither side notices until a timeout); <see cref="Resume"/> passes them on.
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
    // Cancelled by Cut: ends the pipes of the connections live then, also those holding bytes in a pause.
    private CancellationTokenSource _cutting = new();
    // Completed while bytes flow; a pause swaps in an incomplete one.
    private TaskCompletionSource _flowing = Flowing();
    private int _connections;
    private int _refused;
    private long _held;

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

    /// <summary>
    /// Bytes a pause holds right now: a client that wrote after <see cref="Pause"/> shows here (each
    /// direction of a connection holds its first read; the rest stays in the sockets' buffers).
    /// </summary>
    public long HeldBytes => Interlocked.Read(ref _held);

    /// <summary>True between <see cref="Pause"/> and <see cref="Resume"/>.</summary>
    public bool Paused => !Volatile.Read(ref _flowing).Task.IsCompleted;

    /// <summary>
    /// Closes every live connection (with a reset) and refuses new ones until <see cref="Restore"/>.
    /// Bytes held by a pause are dropped, never delivered.
    /// </summary>
    public void Cut()
    {
        _cut = true;
        // A pipe starting right now may find the old one disposed: ObjectDisposedException cuts it too.
        using var cutting = Interlocked.Exchange(ref _cutting, new CancellationTokenSource());
        cutting.Cancel();
        foreach (var client in _live.Keys)
        {
            Abort(client);
        }
    }

    /// <summary>Lets new connections through again.</summary>
    public void Restore() => _cut = false;

    /// <summary>
    /// Stops passing bytes, either way, on every connection, live or new; the connections stay open, and a
    /// side that closes meanwhile is not seen to close. Everything is passed on at <see cref="Resume"/>.
    /// </summary>
    public void Pause()
    {
        var flowing = Volatile.Read(ref _flowing);
        if (flowing.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _flowing, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), flowing);
        }
    }

    /// <summary>Passes the held bytes on and lets bytes flow again.</summary>
    public void Resume() => Volatile.Read(ref _flowing).TrySetResult();

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
            using var either = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, Volatile.Read(ref _cutting).Token);
            var up = PumpAsync(inbound.GetStream(), outbound.GetStream(), either.Token);
            var down = PumpAsync(outbound.GetStream(), inbound.GetStream(), either.Token);
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

    // CopyToAsync, except that while paused what was read is held, an end of stream too (a network that
    // stopped delivering carries no close either). Each direction holds at most one read; the rest waits
    // in the socket's buffers.
    private async Task PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (true)
        {
            int read;
            try
            {
                read = await from.ReadAsync(buffer, cancellationToken);
            }
            catch (IOException)
            {
                // A reset: the end of the stream, held like a close.
                read = 0;
            }

            await HoldWhilePausedAsync(read, cancellationToken);
            if (read == 0)
            {
                return;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private async Task HoldWhilePausedAsync(int bytes, CancellationToken cancellationToken)
    {
        var flowing = Volatile.Read(ref _flowing).Task;
        if (flowing.IsCompleted)
        {
            return;
        }

        Interlocked.Add(ref _held, bytes);
        try
        {
            await flowing.WaitAsync(cancellationToken);
        }
        finally
        {
            // Passed on, or dropped by a cut.
            Interlocked.Add(ref _held, -bytes);
        }
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
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
        _cutting.Dispose();
    }
}
