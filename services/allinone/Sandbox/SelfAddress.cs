namespace Kf.AllInOne.Sandbox;

/// <summary>
/// This host's own address, which the bot's WeCom client and the simulator's pushes use in the sandbox.
/// <see cref="Configured"/> comes from <c>urls</c> before start; <see cref="Listening"/> completes once
/// Kestrel listens, with the port it really got (port 0 in tests is known only then).
/// </summary>
internal sealed class SelfAddress(Uri configured)
{
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Configured { get; } = configured;

    public Task<Uri> Listening => _listening.Task;

    /// <summary>The first of <c>urls</c> (http preferred), with a wildcard host replaced by loopback.</summary>
    public static Uri Pick(IEnumerable<string> urls)
    {
        var all = urls.Select(u => u.Trim()).Where(u => u.Length > 0).ToList();
        var chosen = all.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? all.FirstOrDefault()
            ?? throw new InvalidOperationException("The all-in-one host has no address: set --urls or ASPNETCORE_URLS.");
        var builder = new UriBuilder(ReplaceWildcard(chosen)) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }

    public Uri SetListening(IEnumerable<string> addresses)
    {
        var actual = Pick(addresses);
        _listening.TrySetResult(actual);
        return actual;
    }

    // "http://*:8080" and "http://+:8080" mean every interface to Kestrel but are no URI.
    private static string ReplaceWildcard(string url) => url.Replace("://*", "://127.0.0.1").Replace("://+", "://127.0.0.1");
}
