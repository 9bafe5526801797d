using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace Kf.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A RabbitMQ virtual host <c>kf_e2e_&lt;random&gt;</c> of one test's own, made with rabbitmqctl and deleted on
/// dispose. The services' queue names are fixed (callback-received, customer-message-received, sender…):
/// on a shared vhost every run's consumers would take each other's messages. A broker given as a
/// remote endpoint cannot be managed from here: then the default vhost is used, and the output says so.
/// </summary>
public sealed class RabbitVhost : IAsyncDisposable
{
    private static readonly TimeSpan CtlTimeout = TimeSpan.FromSeconds(60);
    private readonly string? _name;

    private RabbitVhost(string? name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>What <c>ConnectionStrings:RabbitMq</c> is set to.</summary>
    public string ConnectionString { get; }

    /// <summary>False when the broker could not be managed and the shared vhost of KF_TEST_RABBITMQ is used.</summary>
    public bool IsolatedFromOtherRuns => _name is not null;

    public static async Task<RabbitVhost> CreateAsync(ITestOutputHelper output)
    {
        var broker = await TestServers.RequireRabbitMqAsync();
        var user = Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]);
        var local = broker.Host == "localhost" || IPAddress.TryParse(broker.Host, out var ip) && IPAddress.IsLoopback(ip);
        if (!local)
        {
            output.WriteLine($"RabbitMQ at {broker.Host} is not on this machine: using its vhost {broker.AbsolutePath}, shared with other runs.");
            return new RabbitVhost(null, TestServers.RabbitMq);
        }

        var name = "kf_e2e_" + Guid.NewGuid().ToString("N")[..12];
        var (created, why) = await CtlAsync("add_vhost", name);
        if (created)
        {
            (created, why) = await CtlAsync("set_permissions", "-p", name, user, ".*", ".*", ".*");
        }

        if (!created)
        {
            output.WriteLine($"rabbitmqctl could not make a vhost ({why}): using the shared vhost {broker.AbsolutePath}.");
            return new RabbitVhost(null, TestServers.RabbitMq);
        }

        return new RabbitVhost(name, new UriBuilder(broker) { Path = "/" + name }.Uri.ToString());
    }

    /// <summary>
    /// Messages in <paramref name="queue"/> ready or delivered and not yet acknowledged; null when the
    /// vhost is not this test's own (the shared one cannot be inspected meaningfully) or rabbitmqctl fails.
    /// </summary>
    public async Task<long?> PendingAsync(string queue)
    {
        if (_name is null)
        {
            return null;
        }

        var (ok, output) = await CtlAsync("list_queues", "-p", _name, "--no-table-headers", "name", "messages_ready", "messages_unacknowledged");
        var row = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t', ' '))
            .FirstOrDefault(fields => fields.Length == 3 && fields[0] == queue);
        return ok && row is not null ? long.Parse(row[1]) + long.Parse(row[2]) : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_name is not null)
        {
            await CtlAsync("delete_vhost", _name);
        }
    }

    /// <returns>Success and stdout, or failure and why.</returns>
    private static async Task<(bool Ok, string Output)> CtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-q");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The defaults of scripts/servers.sh, unless the environment names another node.
        start.Environment.TryAdd("RABBITMQ_NODENAME", "rabbit@localhost");
        start.Environment.TryAdd("ERL_EPMD_ADDRESS", "127.0.0.1");
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, $"rabbitmqctl not found: {e.Message}");
        }

        using var timeout = new CancellationTokenSource(CtlTimeout);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (false, $"rabbitmqctl {arguments[0]} did not finish within {CtlTimeout.TotalSeconds} s");
        }

        return process.ExitCode == 0 ? (true, await stdout) : (false, $"exit {process.ExitCode}: {await stderr}{await stdout}".Trim());
    }
}
