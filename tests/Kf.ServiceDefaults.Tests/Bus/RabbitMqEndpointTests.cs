using Kf.ServiceDefaults.Bus;

namespace Kf.ServiceDefaults.Tests.Bus;

public sealed class RabbitMqEndpointTests
{
    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:5672/", "127.0.0.1", 5672, "/", "guest", "guest", false)]
    [InlineData("amqp://kf:pw@rabbit", "rabbit", 5672, "/", "kf", "pw", false)]
    [InlineData("amqps://kf:pw@rabbit", "rabbit", 5671, "/", "kf", "pw", true)]
    [InlineData("amqp://kf:p%40ss%3Aword@rabbit:5673/kf", "rabbit", 5673, "kf", "kf", "p@ss:word", false)]
    [InlineData("amqp://kf:pw@rabbit/%2F", "rabbit", 5672, "/", "kf", "pw", false)]
    [InlineData("amqp://rabbit/%2Fkf", "rabbit", 5672, "/kf", "guest", "guest", false)]
    [InlineData("  AMQP://kf:pw@Rabbit:15672/prod  ", "rabbit", 15672, "prod", "kf", "pw", false)]
    public void Should_read_every_part_when_the_uri_is_well_formed(
        string value, string host, int port, string vhost, string user, string password, bool ssl)
    {
        Assert.True(RabbitMqEndpoint.TryParse(value, out var endpoint, out var error), error);

        Assert.Equal(new RabbitMqEndpoint(host, (ushort)port, vhost, user, password, ssl), endpoint);
    }

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("   ", "is missing")]
    [InlineData("rabbit:5672", "is not an amqp")]
    [InlineData("http://rabbit:5672/", "is not an amqp")]
    [InlineData("amqp://kf:pw@rabbit:99999/", "is not an amqp")]
    [InlineData("amqp://kf@rabbit/", "without 'user:password'")]
    [InlineData("amqp://kf:pw@rabbit/a/b", "%2F")]
    [InlineData("amqp://kf:pw@rabbit/?heartbeat=10", "query options")]
    public void Should_say_what_is_wrong_when_the_uri_is_malformed(string? value, string expected)
    {
        Assert.False(RabbitMqEndpoint.TryParse(value, out var endpoint, out var error));

        Assert.Null(endpoint);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Should_not_echo_the_password_when_the_uri_is_malformed()
    {
        RabbitMqEndpoint.TryParse("amqp://kf:s3cret@rabbit/?x=1", out _, out var error);

        Assert.DoesNotContain("s3cret", error);
    }

    [Fact]
    public void Should_mask_the_password_when_printed()
    {
        RabbitMqEndpoint.TryParse("amqp://kf:s3cret@rabbit:5672/kf", out var endpoint, out _);

        Assert.Equal("amqp://kf:***@rabbit:5672/kf", endpoint!.ToString());
    }
}
