using System.Text.RegularExpressions;
using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Import;

/// <summary>The checks on what names a document: its bot profile and its name.</summary>
internal static partial class ImportArguments
{
    /// <summary>The rule of <see cref="KnowledgeOptions.DefaultProfile"/> (a test keeps the two equal).</summary>
    public const string ProfilePattern = "^[a-z0-9][a-z0-9_-]{0,63}$";

    public static void Validate(string profile, string name)
    {
        if (profile is null || !Profile().IsMatch(profile))
        {
            throw new KnowledgeFormatException($"profile '{profile}' must be 1-64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new KnowledgeFormatException("the document name is empty");
        }

        if (name.Length > KnowledgeLimits.MaxNameLength)
        {
            throw new KnowledgeFormatException($"the document name is {name.Length} characters; at most {KnowledgeLimits.MaxNameLength} are allowed");
        }

        if (name.Any(char.IsControl))
        {
            throw new KnowledgeFormatException("the document name contains a control character");
        }
    }

    [GeneratedRegex(ProfilePattern)]
    private static partial Regex Profile();
}
