namespace Kf.AllInOne.Hosting;

/// <summary>Whether this host serves the built-in simulator (sandbox) or a real 微信客服 account.</summary>
internal sealed record HostMode(bool Sandbox)
{
    public const string SandboxKey = "Kf:Sandbox";
}
