namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>
/// The shipped infra/nginx configuration copied into a folder of its own and made runnable by an
/// unprivileged test: loopback ports, the folder's own pid, logs, certificates and ACME root, and
/// the given upstreams. Every replacement must match, so a change to the shipped files that this
/// rendering no longer understands fails loudly instead of testing something else.
/// </summary>
public sealed class NginxSite
{
    private NginxSite(string prefix, int httpPort, int httpsPort)
    {
        Prefix = prefix;
        HttpPort = httpPort;
        HttpsPort = httpsPort;
    }

    public string Prefix { get; }

    public string ConfigPath => Path.Combine(Prefix, "nginx.conf");

    public string ErrorLog => Path.Combine(Prefix, "logs", "error.log");

    public string AcmeRoot => Path.Combine(Prefix, "acme");

    public int HttpPort { get; }

    public int HttpsPort { get; }

    /// <param name="upstreams">The upstreams.conf to use: a shipped one, or one pointing at test processes.</param>
    public static NginxSite Render(string prefix, DevCertificate certificate, string upstreams)
    {
        var site = new NginxSite(prefix, LoopbackPorts.Closed(), LoopbackPorts.Closed());
        foreach (var folder in new[] { "conf.d", "snippets", "logs", "acme" })
        {
            Directory.CreateDirectory(Path.Combine(prefix, folder));
        }

        // Workers run as nobody: they must reach the ACME root below the test folder, whose parent is a
        // private (0700) temporary folder.
        File.SetUnixFileMode(prefix, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.GetDirectoryName(prefix)!, (UnixFileMode)0b111_101_101);
        Write(site.ConfigPath, Repo.Read("infra/nginx/nginx.conf"),
            ("user nginx;", "user nobody nogroup;"),
            ("pid /var/run/nginx.pid;", $"pid {prefix}/nginx.pid;"),
            ("/var/log/nginx/", $"{prefix}/logs/"),
            ("include /etc/nginx/conf.d/*.conf;", $"include {prefix}/conf.d/*.conf;"));
        Write(Path.Combine(prefix, "conf.d", "kf.conf"), Repo.Read("infra/nginx/conf.d/kf.conf"),
            ("listen 80 default_server;", $"listen 127.0.0.1:{site.HttpPort} default_server;"),
            ("listen 443 ssl default_server;", $"listen 127.0.0.1:{site.HttpsPort} ssl default_server;"),
            ("/etc/nginx/certs/", $"{certificate.Directory}/"),
            ("/etc/nginx/snippets/", $"{prefix}/snippets/"),
            ("root /var/www/acme;", $"root {site.AcmeRoot};"));
        File.WriteAllText(Path.Combine(prefix, "conf.d", "upstreams.conf"), upstreams);
        foreach (var snippet in Directory.EnumerateFiles(Repo.PathOf("infra/nginx/snippets")))
        {
            File.Copy(snippet, Path.Combine(prefix, "snippets", Path.GetFileName(snippet)));
        }

        return site;
    }

    /// <summary>An upstreams.conf that sends every route to services on loopback ports.</summary>
    public static string LoopbackUpstreams(int ingressPort, int responderPort) =>
        $"map \"\" $kf_ingress {{ default http://127.0.0.1:{ingressPort}; }}\n"
        + $"map \"\" $kf_responder {{ default http://127.0.0.1:{responderPort}; }}\n";

    /// <summary>The nginx command line for this folder (add -t to test the configuration).</summary>
    public string[] Arguments(params string[] extra) => ["-p", Prefix + "/", "-c", ConfigPath, "-e", ErrorLog, .. extra];

    private static void Write(string path, string text, params (string Find, string Replace)[] replacements)
    {
        foreach (var (find, replace) in replacements)
        {
            if (!text.Contains(find, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The shipped {Path.GetFileName(path)} no longer contains '{find}': update NginxSite.");
            }

            text = text.Replace(find, replace, StringComparison.Ordinal);
        }

        File.WriteAllText(path, text);
    }
}
