using System.Text.RegularExpressions;

namespace Kf.Knowledge;

/// <summary>What a bot profile may be called (the rule of <c>Knowledge:DefaultProfile</c>), for the admin API and the <c>kf</c> command.</summary>
public static partial class ProfileName
{
    /// <summary>The rule as a regular expression (also on <see cref="KnowledgeOptions.DefaultProfile"/>).</summary>
    public const string Pattern = "^[a-z0-9][a-z0-9_-]{0,63}$";

    /// <summary>The rule in words, for error messages.</summary>
    public const string Rule = "1-64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit";

    /// <summary>Whether <paramref name="profile"/> is a valid profile name.</summary>
    public static bool IsValid(string? profile) => profile is not null && Regex().IsMatch(profile);

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();
}
