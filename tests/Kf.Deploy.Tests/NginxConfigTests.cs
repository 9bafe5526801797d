namespace Kf.Deploy.Tests;

/// <summary>`nginx -t` (Debian's nginx) accepts the shipped configuration with a generated certificate.</summary>
public sealed class NginxConfigTests
{
    [Theory]
    [InlineData("infra/nginx/conf.d/upstreams.conf")]
    [InlineData("infra/nginx/single-box/upstreams.conf")]
    public async Task Should_pass_nginx_t_when_rendered_with_a_dev_certificate(string upstreams)
    {
        var folder = Directory.CreateTempSubdirectory("kf-nginx-").FullName;
        var certificate = await DevCertificate.CreateAsync(Path.Combine(folder, "certs"));
        var site = NginxSite.Render(Path.Combine(folder, "site"), certificate, Repo.Read(upstreams));

        var result = await DeployTools.RunAsync("nginx", site.Arguments("-t"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("test is successful", result.Output);
    }

    [Fact]
    public async Task Should_fail_nginx_t_when_the_certificate_is_missing()
    {
        // Proves the check above reads the certificate: without one nginx -t must refuse.
        var folder = Directory.CreateTempSubdirectory("kf-nginx-").FullName;
        var certificate = await DevCertificate.CreateAsync(Path.Combine(folder, "certs"));
        var site = NginxSite.Render(Path.Combine(folder, "site"), certificate, Repo.Read("infra/nginx/conf.d/upstreams.conf"));
        File.Delete(Path.Combine(certificate.Directory, "privkey.pem"));

        var result = await DeployTools.RunAsync("nginx", site.Arguments("-t"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("privkey.pem", result.Output);
    }

    [Fact]
    public void Should_route_only_the_callback_the_admin_api_and_its_own_health_when_read()
    {
        var locations = Repo.Read("infra/nginx/conf.d/kf.conf").Split('\n')
            .Select(l => l.Trim()).Where(l => l.StartsWith("location ", StringComparison.Ordinal))
            .Select(l => l["location ".Length..].TrimEnd('{', ' ')).ToList();

        Assert.Equal(
            ["^~ /.well-known/acme-challenge/", "= /healthz", "/", "= /healthz", "= /wecom/callback", "/admin/", "/"],
            locations);
    }
}
