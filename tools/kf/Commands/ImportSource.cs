using Kf.Knowledge.Import;

namespace Kf.Cli.Commands;

/// <summary>What <c>kf kb import &lt;path&gt;</c> imports: the file, or a folder's knowledge files named by their path relative to it.</summary>
internal static class ImportSource
{
    /// <summary>(name, full path) pairs in name order; a missing path or an empty folder is a usage error.</summary>
    public static IReadOnlyList<(string Name, string Path)> Files(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return [(Path.GetFileName(full), full)];
        }

        if (!Directory.Exists(full))
        {
            throw new UsageException($"no such file or directory: {full}");
        }

        var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Where(f => KnowledgeFormats.FileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            // '/' on every system, so a folder imported on Windows and on Linux gives the same names.
            .Select(f => (Name: Path.GetRelativePath(full, f).Replace(Path.DirectorySeparatorChar, '/'), Path: f))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return files.Count > 0
            ? files
            : throw new UsageException($"{full} holds no {string.Join(", ", KnowledgeFormats.FileExtensions)} files");
    }
}
