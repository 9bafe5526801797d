namespace Kf.Cli;

/// <summary>What <c>kf</c> exits with.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;

    /// <summary>Something failed: a file of an import (the others were still imported), a missing document, the database.</summary>
    public const int Failed = 1;

    /// <summary>The command line or a setting is wrong: nothing was done.</summary>
    public const int Usage = 2;
}
