using System.Security.Cryptography.X509Certificates;

namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>A certificate from the shipped infra/nginx/make-dev-cert.sh, in a folder of its own.</summary>
public sealed class DevCertificate(string directory, X509Certificate2 certificate)
{
    public string Directory { get; } = directory;

    public X509Certificate2 Certificate { get; } = certificate;

    public static async Task<DevCertificate> CreateAsync(string directory)
    {
        var result = await DeployTools.RunAsync("bash", [Repo.PathOf("infra/nginx/make-dev-cert.sh"), "localhost", directory]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-dev-cert.sh failed: {result}");
        }

        return new DevCertificate(directory, X509CertificateLoader.LoadCertificateFromFile(Path.Combine(directory, "fullchain.pem")));
    }
}
