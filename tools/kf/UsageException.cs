namespace Kf.Cli;

/// <summary>The command line is wrong: exit code 2, nothing done.</summary>
internal sealed class UsageException(string message) : Exception(message);
