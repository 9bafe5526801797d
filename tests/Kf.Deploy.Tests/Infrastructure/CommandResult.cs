namespace Kf.Deploy.Tests.Infrastructure;

/// <summary>How a tool run ended: its exit code and its stdout and stderr together.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}:\n{Output}";
}
