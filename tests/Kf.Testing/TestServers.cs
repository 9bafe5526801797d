using System.Text;
using Kf.Storage;
using MySql.Data.MySqlClient;

namespace Kf.Testing;

/// <summary>
/// The real RabbitMQ, Redis and MySQL the suites run against, from KF_TEST_RABBITMQ, KF_TEST_REDIS
/// and KF_TEST_MYSQL (defaults match scripts/lib/endpoints.sh). Each Require method proves the server
/// answers its own protocol, or throws <see cref="TestServerUnavailableException"/> saying how to start it.
/// </summary>
public static class TestServers
{
    /// <summary>AMQP URI of the broker.</summary>
    public static string RabbitMq { get; } = Read("KF_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672/");

    /// <summary>StackExchange.Redis configuration string.</summary>
    public static string Redis { get; } = Read("KF_TEST_REDIS", "127.0.0.1:6379");

    /// <summary>ADO.NET connection string of the shared test database.</summary>
    public static string MySql { get; } =
        Read("KF_TEST_MYSQL", "Server=127.0.0.1;Port=3306;Database=kf_test;User ID=kf;Password=kf;");

    /// <summary>Checks that an AMQP 0-9-1 broker answers, and returns its URI.</summary>
    public static async Task<Uri> RequireRabbitMqAsync()
    {
        var uri = new Uri(RabbitMq);
        var port = uri.IsDefaultPort ? (uri.Scheme == "amqps" ? 5671 : 5672) : uri.Port;
        var shown = $"{uri.Scheme}://{uri.Host}:{port}{uri.AbsolutePath}";
        // After the protocol header a broker answers with a method frame (type 1): connection.start.
        await Probe(ServerKind.RabbitMq, shown, uri.Host, port,
            [.. "AMQP"u8, 0, 0, 9, 1], minimum: 1, reply => reply is [1, ..]);
        return uri;
    }

    /// <summary>Checks that Redis answers PING, and returns its configuration string.</summary>
    public static async Task<string> RequireRedisAsync()
    {
        var endpoint = Redis.Split(',')[0].Trim();
        var colon = endpoint.LastIndexOf(':');
        var (host, port) = colon < 0 ? (endpoint, 6379) : (endpoint[..colon], int.Parse(endpoint[(colon + 1)..]));
        // A server that wants a password still proves it is Redis by answering -NOAUTH.
        await Probe(ServerKind.Redis, $"{host}:{port}", host, port,
            "PING\r\n"u8.ToArray(), minimum: 7, reply => Encoding.ASCII.GetString(reply) is var text &&
                (text.StartsWith("+PONG", StringComparison.Ordinal) || text.StartsWith("-NOAUTH", StringComparison.Ordinal)));
        return Redis;
    }

    /// <summary>Checks that the server greets and the configured user can log in, and returns the connection string.</summary>
    public static async Task<string> RequireMySqlAsync()
    {
        var settings = new MySqlConnectionStringBuilder(MySql);
        var port = (int)settings.Port;
        var shown = $"{settings.Server}:{port}/{settings.Database} as {settings.UserID}";
        // The server speaks first: a 4-byte packet header, then protocol version 10.
        await Probe(ServerKind.MySql, shown, settings.Server, port,
            [], minimum: 5, reply => reply is [_, _, _, _, 10, ..]);
        try
        {
            await using var connection = await new MySqlConnectionFactory(MySql).OpenAsync();
        }
        catch (MySqlException e)
        {
            throw ServerKind.MySql.Unavailable(shown, $"login failed: {e.Message}", e);
        }

        return MySql;
    }

    private static async Task Probe(
        ServerKind server, string shown, string host, int port, byte[] send, int minimum, Func<byte[], bool> answers)
    {
        byte[] reply;
        try
        {
            reply = await TcpProbe.ExchangeAsync(host, port, send, minimum);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or TimeoutException)
        {
            throw server.Unavailable(shown, e.Message, e);
        }

        if (!answers(reply))
        {
            throw server.Unavailable(shown, $"something answers there, but not as {server.Name} ({reply.Length} bytes)");
        }
    }

    private static string Read(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;
}
