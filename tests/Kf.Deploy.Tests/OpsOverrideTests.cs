namespace Kf.Deploy.Tests;

/// <summary>docker-compose.ops.yml opens operator ports on the host's loopback and nowhere else.</summary>
public sealed class OpsOverrideTests
{
    [Fact]
    public void Should_bind_to_loopback_only_when_it_publishes_a_port()
    {
        var ops = ComposeFile.Load("docker-compose.ops.yml");
        var ports = ops.Services.SelectMany(s => s.Value.List("ports") ?? []).Cast<string>().ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, port => Assert.StartsWith("127.0.0.1:", port));
        Assert.Equal("127.0.0.1:15672:15672", Assert.Single(ops.Services["rabbitmq"].List("ports")!));
    }
}
