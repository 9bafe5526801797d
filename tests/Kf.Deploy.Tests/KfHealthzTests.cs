namespace Kf.Deploy.Tests;

/// <summary>infra/docker/kf-healthz, the images' health check, against a real service and real failures.</summary>
public sealed class KfHealthzTests(TlsEdge edge) : IClassFixture<TlsEdge>
{
    [Fact]
    public async Task Should_report_healthy_when_the_service_answers_healthz()
    {
        var result = await Check(edge.Ingress.Address.Port);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Should_report_unhealthy_when_nothing_listens()
    {
        var result = await Check(LoopbackPorts.Closed());

        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task Should_report_unhealthy_when_the_answer_is_not_200()
    {
        // nginx's HTTPS port answers plain HTTP with 400.
        var result = await Check(edge.Site.HttpsPort);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("unhealthy: HTTP/1.1 400", result.Output);
    }

    [Fact]
    public async Task Should_use_the_first_aspnetcore_port_when_no_health_port_is_given()
    {
        var result = await DeployTools.RunAsync("bash", [Repo.PathOf("infra/docker/kf-healthz")],
            new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = $"{edge.Ingress.Address.Port};9" });

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static Task<CommandResult> Check(int port) =>
        DeployTools.RunAsync("bash", [Repo.PathOf("infra/docker/kf-healthz")], new Dictionary<string, string> { ["KF_HEALTH_PORT"] = $"{port}" });
}
