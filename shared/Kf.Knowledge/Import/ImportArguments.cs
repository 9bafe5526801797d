using Kf.Storage.Knowledge;

namespace Kf.Knowledge.Import;

/// <summary>The checks on what names a document: its bot profile and its name.</summary>
internal static class ImportArguments
{
    public static void Validate(string profile, string name)
    {
        if (!ProfileName.IsValid(profile))
        {
            throw new KnowledgeFormatException($"profile '{profile}' must be {ProfileName.Rule}");
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
}
