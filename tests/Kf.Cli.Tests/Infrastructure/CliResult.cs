namespace Kf.Cli.Tests.Infrastructure;

/// <summary>What one run of <c>kf</c> did.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
