using Kf.Simulator.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kf.AllInOne.Sandbox;

/// <summary>
/// Once Kestrel listens (StartedAsync runs after every StartAsync, the server's included): releases the
/// bot's held WeCom calls to the real address, points the simulator's pushes at it, and prints the chat page.
/// </summary>
internal sealed class SandboxStartup(IServer server, SelfAddress self, IOptions<SimulatorOptions> simulator, ILogger<SandboxStartup> logger)
    : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var actual = self.SetListening(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        // With port 0 the configured callback URL had no real port. The simulator reads this options
        // instance at every push, and nothing can push before the server listens.
        simulator.Value.CallbackUrl = new Uri(actual, SandboxSettings.CallbackPath).ToString();
        var chat = new Uri(actual, "sim/chat");
        Console.WriteLine($"沙箱聊天页 / Sandbox chat: {chat}");
        logger.LogInformation(new EventId(1, "SandboxStarted"), "Sandbox mode: the 微信客服 simulator answers at {Address}, chat page {ChatUrl}", actual, chat);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
