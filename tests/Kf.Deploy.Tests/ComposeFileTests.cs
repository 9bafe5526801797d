using System.Text.RegularExpressions;

namespace Kf.Deploy.Tests;

/// <summary>docker-compose.yml holds the promises docs/deployment.md makes about it.</summary>
public sealed partial class ComposeFileTests
{
    private static readonly string[] KfServices = ["ingress", "syncer", "responder", "sender"];
    private static readonly string[] Expected = [.. KfServices, "nginx", "rabbitmq", "redis", "mysql", "simulator"];
    private readonly ComposeFile _compose = ComposeFile.Load("docker-compose.yml");

    [Fact]
    public void Should_define_every_service_when_parsed()
    {
        Assert.Equal(Expected.Order(), _compose.Services.Keys.Order());
    }

    [Fact]
    public void Should_give_every_service_a_health_check_when_defined()
    {
        foreach (var (name, service) in _compose.Services)
        {
            var test = service.Map("healthcheck")?.List("test");
            Assert.True(test is { Count: > 1 }, $"{name} has no healthcheck test");
            Assert.NotEqual("NONE", test![0]);
        }
    }

    [Fact]
    public void Should_wait_for_healthy_services_when_a_service_depends_on_others()
    {
        foreach (var (name, service) in _compose.Services.Where(s => s.Value.ContainsKey("depends_on")))
        {
            var dependsOn = service.Map("depends_on");
            Assert.True(dependsOn is not null, $"{name}: depends_on must be the map form with a condition");
            foreach (var (dependency, condition) in dependsOn!)
            {
                Assert.Equal("service_healthy", ((Dictionary<object, object>)condition).Scalar("condition"));
                Assert.True(_compose.Services.ContainsKey((string)dependency), $"{name} depends on unknown {dependency}");
            }
        }

        foreach (var name in new[] { "syncer", "responder", "sender" })
        {
            Assert.Equal(["mysql", "rabbitmq", "redis"], _compose.Services[name].Map("depends_on")!.Keys.Cast<string>().Order());
        }
    }

    [Fact]
    public void Should_publish_ports_only_from_nginx_when_defined()
    {
        var publishing = _compose.Services.Where(s => s.Value.ContainsKey("ports") || s.Value.ContainsKey("network_mode")).Select(s => s.Key);
        Assert.Equal(["nginx"], publishing);
        Assert.Equal(["80:80", "443:443"], _compose.Services["nginx"].List("ports")!.Cast<string>());
    }

    [Fact]
    public void Should_restart_every_service_unless_stopped_when_defined()
    {
        foreach (var (name, service) in _compose.Services)
        {
            Assert.True(service.Scalar("restart") == "unless-stopped", $"{name}: restart is {service.Scalar("restart") ?? "unset"}");
        }
    }

    [Fact]
    public void Should_let_responder_scale_when_defined()
    {
        var responder = _compose.Services["responder"];
        foreach (var key in new[] { "container_name", "ports", "hostname" })
        {
            Assert.False(responder.ContainsKey(key), $"responder has {key}: `--scale responder=3` would clash");
        }

        Assert.Equal("services/responder/Dockerfile", responder.Map("build")!.Scalar("dockerfile"));
    }

    [Fact]
    public void Should_build_every_kf_service_from_the_repository_root_when_defined()
    {
        foreach (var name in KfServices.Append("simulator"))
        {
            var build = _compose.Services[name].Map("build")!;
            Assert.Equal(".", build.Scalar("context"));
            Assert.True(File.Exists(Repo.PathOf(build.Scalar("dockerfile")!)), $"{name}: {build.Scalar("dockerfile")} is missing");
        }
    }

    [Fact]
    public void Should_keep_mysql_in_utf8mb4_on_a_named_volume_when_defined()
    {
        var mysql = _compose.Services["mysql"];
        Assert.StartsWith("mysql:8.4", mysql.Scalar("image"));
        Assert.Contains("--character-set-server=utf8mb4", mysql.List("command")!.Cast<string>());
        Assert.Contains("mysql-data:/var/lib/mysql", mysql.List("volumes")!.Cast<string>());
        Assert.Contains("mysql-data", _compose.Volumes);
    }

    [Fact]
    public void Should_turn_on_redis_aof_on_a_named_volume_when_defined()
    {
        var redis = _compose.Services["redis"];
        Assert.Contains("--appendonly yes", string.Join(' ', redis.List("command")!.Cast<string>()));
        Assert.Contains("redis-data:/data", redis.List("volumes")!.Cast<string>());
        Assert.Contains("redis-data", _compose.Volumes);
    }

    [Fact]
    public void Should_run_the_simulator_only_in_the_sandbox_profile_when_defined()
    {
        Assert.Equal(["sandbox"], _compose.Services["simulator"].List("profiles")!.Cast<string>());
        Assert.All(_compose.Services.Where(s => s.Key != "simulator"), s => Assert.False(s.Value.ContainsKey("profiles"), s.Key));
    }

    [Fact]
    public void Should_take_every_secret_from_the_environment_when_a_value_looks_secret()
    {
        foreach (var (name, service) in _compose.Services)
        {
            foreach (var (key, value) in service.Environment())
            {
                if (SecretName().IsMatch(key))
                {
                    Assert.Matches(@"^\$\{[A-Z0-9_]+(:-)?\}$", value);
                }

                foreach (Match embedded in EmbeddedSecret().Matches(value))
                {
                    Assert.True(embedded.Groups["value"].Value.StartsWith("${", StringComparison.Ordinal), $"{name}.{key}: a literal secret in '{value}'");
                }
            }
        }
    }

    [GeneratedRegex("(?i)(password|_pass$|secret|token|apikey|aeskey)")]
    private static partial Regex SecretName();

    // password=…, Password=… (connection strings) and user:…@ (URIs).
    [GeneratedRegex(@"(?i)(password=(?<value>[^;,]*))|(://[^:/@]+:(?<value>[^@]+)@)")]
    private static partial Regex EmbeddedSecret();
}
