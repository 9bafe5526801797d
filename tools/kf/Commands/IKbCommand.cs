namespace Kf.Cli.Commands;

/// <summary>One <c>kf kb</c> command, its arguments already checked.</summary>
internal interface IKbCommand
{
    /// <summary>Runs on the started knowledge base; returns the exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
