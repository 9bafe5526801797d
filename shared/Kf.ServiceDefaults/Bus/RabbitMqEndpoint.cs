namespace Kf.ServiceDefaults.Bus;

/// <summary>
/// A parsed <c>ConnectionStrings:RabbitMq</c> URI: <c>amqp[s]://user:password@host[:port][/vhost]</c>.
/// Port defaults to 5672 (5671 for amqps); no path or <c>/</c> means vhost <c>/</c>; a vhost
/// containing <c>/</c> is written <c>%2F</c>; no user info means RabbitMQ's <c>guest:guest</c>.
/// </summary>
public sealed record RabbitMqEndpoint(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseSsl)
{
    private const string Expected = "set it to amqp://user:password@host:port/vhost";

    /// <summary>Parses <paramref name="value"/>; on failure <paramref name="error"/> says what is wrong, never echoing the secret.</summary>
    public static bool TryParse(string? value, out RabbitMqEndpoint? endpoint, out string error)
    {
        endpoint = null;
        error = Check(value, out var uri) ?? "";
        if (error.Length > 0)
        {
            return false;
        }

        var ssl = uri!.Scheme == "amqps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (ushort)(ssl ? 5671 : 5672) : (ushort)uri.Port;
        var segment = uri.AbsolutePath.TrimStart('/');
        var vhost = segment.Length == 0 ? "/" : Uri.UnescapeDataString(segment);
        var (user, password) = SplitUserInfo(uri.UserInfo);
        endpoint = new RabbitMqEndpoint(uri.Host, port, vhost, user, password, ssl);
        return true;
    }

    /// <summary>The URI with the password masked: safe to log.</summary>
    public override string ToString() =>
        $"{(UseSsl ? "amqps" : "amqp")}://{Username}:***@{Host}:{Port}/{Uri.EscapeDataString(VirtualHost)}";

    private static string? Check(string? value, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"is missing: {Expected}.";
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            return $"is not an amqp:// or amqps:// URI: {Expected}.";
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            return $"has no host: {Expected}.";
        }

        if (uri.AbsolutePath.TrimStart('/').Contains('/'))
        {
            return "has a virtual host with '/' in it: write it as %2F.";
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return "has query options, which are not read: use the Kf:Bus settings instead.";
        }

        return uri.UserInfo.Length == 0 || uri.UserInfo.IndexOf(':') > 0 ? null : $"has user info without 'user:password': {Expected}.";
    }

    private static (string User, string Password) SplitUserInfo(string userInfo)
    {
        if (userInfo.Length == 0)
        {
            return ("guest", "guest");
        }

        var colon = userInfo.IndexOf(':');
        return (Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }
}
