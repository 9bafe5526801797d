using System.Net.Sockets;

namespace Kf.ServiceDefaults.Tests.Support;

// Endpoints of the real servers for the tests that need them; unreachable means a failed test that
// says how to start the server, never a skip. (Kf.Testing's TestServers replaces this when it lands.)
public static class RealServers
{
    public static string RabbitMq => Setting("KF_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672/");

    public static string Redis => Setting("KF_TEST_REDIS", "127.0.0.1:6379");

    public static async Task RequireAsync(string name, string variable, string host, int port, string howToStart)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port).WaitAsync(TimeSpan.FromSeconds(3));
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"{name} is not reachable at {host}:{port} ({variable}). Start it with scripts/servers.sh, or {howToStart}, "
                + $"or point {variable} at a running server.",
                e);
        }
    }

    public static Task RequireRedisAsync()
    {
        var (host, port) = Split(Redis.Split(',')[0], 6379);
        return RequireAsync("Redis", "KF_TEST_REDIS", host, port,
            "`redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no`");
    }

    public static Task RequireRabbitMqAsync()
    {
        var uri = new Uri(RabbitMq);
        return RequireAsync("RabbitMQ", "KF_TEST_RABBITMQ", uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port,
            "`RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 rabbitmq-server &`");
    }

    private static string Setting(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;

    private static (string Host, int Port) Split(string endpoint, int defaultPort)
    {
        var colon = endpoint.LastIndexOf(':');
        return colon < 0 ? (endpoint, defaultPort) : (endpoint[..colon], int.Parse(endpoint[(colon + 1)..]));
    }
}
