namespace Kf.Knowledge.Admin;

/// <summary>The admin HTTP API (<c>Admin</c> section).</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Admin";

    /// <summary>Shortest accepted token: anything shorter is guessable.</summary>
    public const int MinTokenLength = 16;

    /// <summary>
    /// The bearer token every <c>/admin/</c> request must carry. Unset: the admin API is not mapped at all.
    /// Never logged.
    /// </summary>
    public string? Token { get; set; }
}
